#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc1 = loc("<stdin>":5:10)
#loc2 = loc("<stdin>":2:19)
#loc3 = loc("<stdin>":13:10)
#loc5 = loc("<stdin>":18:10)
#loc7 = loc("<stdin>":24:10)
#loc10 = loc("<stdin>":31:11)
#loc11 = loc("<stdin>":27:11)
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  flow.executable private @main$async_dispatch_0 {
    flow.executable.export public @main$async_dispatch_0_softmax_7x3x6xf32_generic workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc1)
      flow.return %x, %y, %z : index, index, index loc(#loc1)
    } loc(#loc1)
    builtin.module {
      func.func @main$async_dispatch_0_softmax_7x3x6xf32_generic(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc("<stdin>":2:19), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc("<stdin>":5:10)) {
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc1)
        %1 = tensor.empty() : tensor<7x3x6xf16> loc(#loc1)
        %2 = tensor.empty() : tensor<7x3x6xf32> loc(#loc1)
        %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%0 : tensor<7x3x6xf16>) outs(%2 : tensor<7x3x6xf32>) {
        ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
          %6 = arith.extf %in : f16 to f32 loc(#loc1)
          linalg.yield %6 : f32 loc(#loc1)
        } -> tensor<7x3x6xf32> loc(#loc1)
        %4 = linalg.softmax dimension(2) ins(%3 : tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc1)
        %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf16>) {
        ^bb0(%in: f32 loc("<stdin>":5:10), %out: f16 loc("<stdin>":5:10)):
          %6 = arith.truncf %in : f32 to f16 loc(#loc1)
          linalg.yield %6 : f16 loc(#loc1)
        } -> tensor<7x3x6xf16> loc(#loc1)
        iree_tensor_ext.dispatch.tensor.store %5, %arg1, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc1)
        return loc(#loc1)
      } loc(#loc1)
    } loc(#loc1)
  } loc(#loc1)
  flow.executable private @main$async_dispatch_2 {
    flow.executable.export public @main$async_dispatch_2_elementwise_126_f16xf32 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc3)
      flow.return %x, %y, %z : index, index, index loc(#loc3)
    } loc(#loc3)
    builtin.module {
      func.func @main$async_dispatch_2_elementwise_126_f16xf32(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> loc("<stdin>":13:10), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf32>> loc("<stdin>":13:10)) {
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [0], sizes = [126], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> -> tensor<126xf16> loc(#loc3)
        %1 = tensor.empty() : tensor<126xf32> loc(#loc3)
        %2 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%0 : tensor<126xf16>) outs(%1 : tensor<126xf32>) {
        ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
          %3 = math.roundeven %in : f16 loc(#loc4)
          %4 = arith.extf %3 : f16 to f32 loc(#loc3)
          linalg.yield %4 : f32 loc(#loc3)
        } -> tensor<126xf32> loc(#loc3)
        iree_tensor_ext.dispatch.tensor.store %2, %arg1, offsets = [0], sizes = [126], strides = [1] : tensor<126xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf32>> loc(#loc3)
        return loc(#loc3)
      } loc(#loc3)
    } loc(#loc3)
  } loc(#loc3)
  flow.executable private @main$async_dispatch_3 {
    flow.executable.export public @main$async_dispatch_3_softmax_7x3x6xf32_generic workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc3)
      flow.return %x, %y, %z : index, index, index loc(#loc3)
    } loc(#loc3)
    builtin.module {
      func.func @main$async_dispatch_3_softmax_7x3x6xf32_generic(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf32>> loc("<stdin>":13:10), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc("<stdin>":13:10)) {
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf32>> -> tensor<7x3x6xf32> loc(#loc3)
        %1 = tensor.empty() : tensor<7x3x6xf16> loc(#loc1)
        %2 = tensor.empty() : tensor<7x3x6xf32> loc(#loc1)
        %3 = linalg.softmax dimension(2) ins(%0 : tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc3)
        %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf16>) {
        ^bb0(%in: f32 loc("<stdin>":13:10), %out: f16 loc("<stdin>":13:10)):
          %5 = arith.truncf %in : f32 to f16 loc(#loc3)
          linalg.yield %5 : f16 loc(#loc3)
        } -> tensor<7x3x6xf16> loc(#loc3)
        iree_tensor_ext.dispatch.tensor.store %4, %arg1, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc3)
        return loc(#loc3)
      } loc(#loc3)
    } loc(#loc3)
  } loc(#loc3)
  flow.executable private @main$async_dispatch_4 {
    flow.executable.export public @main$async_dispatch_4_reduction_7x6x3_f32 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc5)
      flow.return %x, %y, %z : index, index, index loc(#loc5)
    } loc(#loc5)
    builtin.module {
      func.func @main$async_dispatch_4_reduction_7x6x3_f32(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc("<stdin>":13:10), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf32>> loc("<stdin>":18:10)) {
        %cst = arith.constant 0.000000e+00 : f32 loc(#loc6)
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc5)
        %1 = tensor.empty() : tensor<7x6xf32> loc(#loc5)
        %2 = tensor.empty() : tensor<7x3x6xf32> loc(#loc1)
        %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%0 : tensor<7x3x6xf16>) outs(%2 : tensor<7x3x6xf32>) {
        ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
          %6 = arith.extf %in : f16 to f32 loc(#loc5)
          linalg.yield %6 : f32 loc(#loc5)
        } -> tensor<7x3x6xf32> loc(#loc5)
        %4 = linalg.fill ins(%cst : f32) outs(%1 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc5)
        %5 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3 : tensor<7x3x6xf32>) outs(%4 : tensor<7x6xf32>) {
        ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
          %6 = arith.addf %in, %out : f32 loc(#loc5)
          linalg.yield %6 : f32 loc(#loc5)
        } -> tensor<7x6xf32> loc(#loc5)
        iree_tensor_ext.dispatch.tensor.store %5, %arg1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf32>> loc(#loc5)
        return loc(#loc5)
      } loc(#loc5)
    } loc(#loc5)
  } loc(#loc5)
  flow.executable private @main$async_dispatch_5 {
    flow.executable.export public @main$async_dispatch_5_reduction_7x6x3_f32 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc5)
      flow.return %x, %y, %z : index, index, index loc(#loc5)
    } loc(#loc5)
    builtin.module {
      func.func @main$async_dispatch_5_reduction_7x6x3_f32(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc("<stdin>":13:10), %arg1: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x6xf32>> loc("<stdin>":18:10), %arg2: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc("<stdin>":18:10)) {
        %cst = arith.constant 3.000000e+00 : f32 loc(#loc6)
        %cst_0 = arith.constant 0.000000e+00 : f32 loc(#loc6)
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc5)
        %1 = iree_tensor_ext.dispatch.tensor.load %arg1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x6xf32>> -> tensor<7x6xf32> loc(#loc5)
        %2 = tensor.empty() : tensor<7x6xf16> loc(#loc5)
        %3 = tensor.empty() : tensor<7x6xf32> loc(#loc5)
        %4 = tensor.empty() : tensor<7x3x6xf32> loc(#loc1)
        %5 = linalg.fill ins(%cst_0 : f32) outs(%3 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc5)
        %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%0 : tensor<7x3x6xf16>) outs(%4 : tensor<7x3x6xf32>) {
        ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
          %9 = arith.extf %in : f16 to f32 loc(#loc5)
          linalg.yield %9 : f32 loc(#loc5)
        } -> tensor<7x3x6xf32> loc(#loc5)
        %7 = linalg.generic {indexing_maps = [#map2, #map3, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6, %1 : tensor<7x3x6xf32>, tensor<7x6xf32>) outs(%5 : tensor<7x6xf32>) {
        ^bb0(%in: f32 loc("<stdin>":18:10), %in_1: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
          %9 = arith.divf %in_1, %cst : f32 loc(#loc5)
          %10 = arith.subf %in, %9 : f32 loc(#loc5)
          %11 = arith.mulf %10, %10 : f32 loc(#loc5)
          %12 = arith.addf %11, %out : f32 loc(#loc5)
          linalg.yield %12 : f32 loc(#loc5)
        } -> tensor<7x6xf32> loc(#loc5)
        %8 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%7 : tensor<7x6xf32>) outs(%2 : tensor<7x6xf16>) {
        ^bb0(%in: f32 loc("<stdin>":18:10), %out: f16 loc("<stdin>":18:10)):
          %9 = arith.truncf %in : f32 to f16 loc(#loc5)
          linalg.yield %9 : f16 loc(#loc5)
        } -> tensor<7x6xf16> loc(#loc5)
        iree_tensor_ext.dispatch.tensor.store %8, %arg2, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc5)
        return loc(#loc5)
      } loc(#loc5)
    } loc(#loc5)
  } loc(#loc5)
  flow.executable private @main$async_dispatch_6 {
    flow.executable.export public @main$async_dispatch_6_elementwise_126_f32xf16 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc7)
      flow.return %x, %y, %z : index, index, index loc(#loc7)
    } loc(#loc7)
    builtin.module {
      func.func @main$async_dispatch_6_elementwise_126_f32xf16(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> loc("<stdin>":18:10), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf16>> loc("<stdin>":24:10)) {
        %cst = arith.constant 1.000000e+00 : f32 loc(#loc6)
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [0], sizes = [126], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> -> tensor<126xf16> loc(#loc7)
        %1 = tensor.empty() : tensor<126xf32> loc(#loc5)
        %2 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%0 : tensor<126xf16>) outs(%1 : tensor<126xf32>) {
        ^bb0(%in: f16 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
          %5 = arith.extf %in : f16 to f32 loc(#loc5)
          linalg.yield %5 : f32 loc(#loc5)
        } -> tensor<126xf32> loc(#loc5)
        %3 = tensor.empty() : tensor<126xf16> loc(#loc7)
        %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%2 : tensor<126xf32>) outs(%3 : tensor<126xf16>) {
        ^bb0(%in: f32 loc("<stdin>":24:10), %out: f16 loc("<stdin>":24:10)):
          %5 = arith.negf %in : f32 loc(#loc8)
          %6 = math.exp %5 : f32 loc(#loc8)
          %7 = arith.addf %6, %cst : f32 loc(#loc8)
          %8 = arith.divf %cst, %7 : f32 loc(#loc8)
          %9 = arith.mulf %in, %8 : f32 loc(#loc9)
          %10 = arith.truncf %9 : f32 to f16 loc(#loc7)
          linalg.yield %10 : f16 loc(#loc7)
        } -> tensor<126xf16> loc(#loc7)
        iree_tensor_ext.dispatch.tensor.store %4, %arg1, offsets = [0], sizes = [126], strides = [1] : tensor<126xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf16>> loc(#loc7)
        return loc(#loc7)
      } loc(#loc7)
    } loc(#loc7)
  } loc(#loc7)
  flow.executable private @main$async_dispatch_8 {
    flow.executable.export public @main$async_dispatch_8_reduction_7x6x3_f16 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc10)
      flow.return %x, %y, %z : index, index, index loc(#loc10)
    } loc(#loc10)
    builtin.module {
      func.func @main$async_dispatch_8_reduction_7x6x3_f16(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc("<stdin>":27:11), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc("<stdin>":31:11)) {
        %cst = arith.constant 1.000000e+00 : f16 loc(#loc10)
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc10)
        %1 = tensor.empty() : tensor<7x6xf16> loc(#loc5)
        %2 = linalg.fill ins(%cst : f16) outs(%1 : tensor<7x6xf16>) -> tensor<7x6xf16> loc(#loc10)
        %3 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%0 : tensor<7x3x6xf16>) outs(%2 : tensor<7x6xf16>) {
        ^bb0(%in: f16 loc("<stdin>":27:11), %out: f16 loc("<stdin>":31:11)):
          %4 = arith.mulf %in, %out : f16 loc(#loc10)
          linalg.yield %4 : f16 loc(#loc10)
        } -> tensor<7x6xf16> loc(#loc10)
        iree_tensor_ext.dispatch.tensor.store %3, %arg1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc10)
        return loc(#loc10)
      } loc(#loc10)
    } loc(#loc10)
  } loc(#loc10)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %0 = hal.tensor.import wait(%arg1) => %arg0 : !hal.buffer_view -> tensor<7x3x6xf16> loc(#loc2)
    %1 = flow.dispatch @main$async_dispatch_0::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%0) : (tensor<7x3x6xf16>) -> tensor<7x3x6xf16> loc(#loc1)
    %2 = flow.dispatch @main$async_dispatch_0::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%1) : (tensor<7x3x6xf16>) -> tensor<7x3x6xf16> loc(#loc13)
    %3 = flow.tensor.reshape %2 : tensor<7x3x6xf16> -> tensor<126xf16> loc(#loc3)
    %4 = flow.dispatch @main$async_dispatch_2::@main$async_dispatch_2_elementwise_126_f16xf32(%3) : (tensor<126xf16>) -> tensor<126xf32> loc(#loc3)
    %5 = flow.tensor.reshape %4 : tensor<126xf32> -> tensor<7x3x6xf32> loc(#loc3)
    %6 = flow.dispatch @main$async_dispatch_3::@main$async_dispatch_3_softmax_7x3x6xf32_generic(%5) : (tensor<7x3x6xf32>) -> tensor<7x3x6xf16> loc(#loc3)
    %7 = flow.dispatch @main$async_dispatch_4::@main$async_dispatch_4_reduction_7x6x3_f32(%6) : (tensor<7x3x6xf16>) -> tensor<7x6xf32> loc(#loc5)
    %8 = flow.dispatch @main$async_dispatch_5::@main$async_dispatch_5_reduction_7x6x3_f32(%6, %7) : (tensor<7x3x6xf16>, tensor<7x6xf32>) -> tensor<7x6xf16> loc(#loc5)
    %9 = flow.tensor.reshape %6 : tensor<7x3x6xf16> -> tensor<126xf16> loc(#loc5)
    %10 = flow.dispatch @main$async_dispatch_6::@main$async_dispatch_6_elementwise_126_f32xf16(%9) : (tensor<126xf16>) -> tensor<126xf16> loc(#loc7)
    %11 = flow.tensor.reshape %10 : tensor<126xf16> -> tensor<7x3x6xf16> loc(#loc7)
    %12 = flow.dispatch @main$async_dispatch_0::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%2) : (tensor<7x3x6xf16>) -> tensor<7x3x6xf16> loc(#loc11)
    %13 = flow.dispatch @main$async_dispatch_8::@main$async_dispatch_8_reduction_7x6x3_f16(%12) : (tensor<7x3x6xf16>) -> tensor<7x6xf16> loc(#loc10)
    %14:3 = hal.tensor.barrier join(%8, %11, %13 : tensor<7x6xf16>, tensor<7x3x6xf16>, tensor<7x6xf16>) => %arg2 : !hal.fence loc(#loc12)
    %15 = hal.tensor.export %14#0 : tensor<7x6xf16> -> !hal.buffer_view loc(#loc12)
    %16 = hal.tensor.export %14#1 : tensor<7x3x6xf16> -> !hal.buffer_view loc(#loc12)
    %17 = hal.tensor.export %14#2 : tensor<7x6xf16> -> !hal.buffer_view loc(#loc12)
    util.return %15, %16, %17 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc14)
  } loc(#loc12)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc12)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc12)
    %c0 = arith.constant 0 : index loc(#loc12)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc12)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc12)
    %1:3 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc12)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc12)
    util.return %1#0, %1#1, %1#2 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc12)
  } loc(#loc12)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc4 = loc("<stdin>":10:10)
#loc6 = loc(unknown)
#loc8 = loc("<stdin>":21:10)
#loc9 = loc("<stdin>":22:10)
#loc12 = loc("<stdin>":2:3)
#loc13 = loc("<stdin>":8:10)
#loc14 = loc("<stdin>":32:5)
