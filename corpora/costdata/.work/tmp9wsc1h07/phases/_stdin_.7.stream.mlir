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
#loc15 = loc(fused[#loc3, #loc5])
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  stream.executable private @main$async_dispatch_0 {
    stream.executable.export public @main$async_dispatch_0_softmax_7x3x6xf32_generic workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc1)
      stream.return %x, %y, %z : index, index, index loc(#loc1)
    } loc(#loc1)
    builtin.module {
      func.func @main$async_dispatch_0_softmax_7x3x6xf32_generic(%arg0: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":2:19), %arg1: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":5:10), %arg2: i32 loc("<stdin>":2:19), %arg3: i32 loc("<stdin>":5:10)) {
        %0 = arith.index_castui %arg2 : i32 to index loc(#loc2)
        %1 = arith.index_castui %arg3 : i32 to index loc(#loc1)
        %2:2 = util.assume.int 
            %0[<umin = 0, umax = 0>, <umin = 0, umax = 0>, <umin = 256, umax = 256, udiv = 256>], 
            %1[<umin = 0, umax = 0>, <umin = 256, umax = 256, udiv = 256>, <umin = 704, umax = 704, udiv = 704>]
          : index, index loc(#loc1)
        %3 = stream.binding.subspan %arg0[%2#0] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc(#loc2)
        %4 = stream.binding.subspan %arg1[%2#1] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc1)
        %5 = iree_tensor_ext.dispatch.tensor.load %3, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc1)
        %6 = tensor.empty() : tensor<7x3x6xf16> loc(#loc1)
        %7 = tensor.empty() : tensor<7x3x6xf32> loc(#loc1)
        %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<7x3x6xf16>) outs(%7 : tensor<7x3x6xf32>) {
        ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
          %11 = arith.extf %in : f16 to f32 loc(#loc1)
          linalg.yield %11 : f32 loc(#loc1)
        } -> tensor<7x3x6xf32> loc(#loc1)
        %9 = linalg.softmax dimension(2) ins(%8 : tensor<7x3x6xf32>) outs(%7 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc1)
        %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<7x3x6xf32>) outs(%6 : tensor<7x3x6xf16>) {
        ^bb0(%in: f32 loc("<stdin>":5:10), %out: f16 loc("<stdin>":5:10)):
          %11 = arith.truncf %in : f32 to f16 loc(#loc1)
          linalg.yield %11 : f16 loc(#loc1)
        } -> tensor<7x3x6xf16> loc(#loc1)
        iree_tensor_ext.dispatch.tensor.store %10, %4, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc1)
        return loc(#loc1)
      } loc(#loc1)
    } loc(#loc1)
  } loc(#loc1)
  stream.executable private @main$async_dispatch_2 {
    stream.executable.export public @main$async_dispatch_2_elementwise_126_f16xf32 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc3)
      stream.return %x, %y, %z : index, index, index loc(#loc3)
    } loc(#loc3)
    builtin.module {
      func.func @main$async_dispatch_2_elementwise_126_f16xf32(%arg0: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":13:10), %arg1: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":13:10)) {
        %c256 = arith.constant 256 : index loc(#loc3)
        %c512 = arith.constant 512 : index loc(#loc3)
        %0 = stream.binding.subspan %arg0[%c256] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> loc(#loc3)
        %1 = stream.binding.subspan %arg1[%c512] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf32>> loc(#loc3)
        %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0], sizes = [126], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> -> tensor<126xf16> loc(#loc3)
        %3 = tensor.empty() : tensor<126xf32> loc(#loc3)
        %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%2 : tensor<126xf16>) outs(%3 : tensor<126xf32>) {
        ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
          %5 = math.roundeven %in : f16 loc(#loc4)
          %6 = arith.extf %5 : f16 to f32 loc(#loc3)
          linalg.yield %6 : f32 loc(#loc3)
        } -> tensor<126xf32> loc(#loc3)
        iree_tensor_ext.dispatch.tensor.store %4, %1, offsets = [0], sizes = [126], strides = [1] : tensor<126xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf32>> loc(#loc3)
        return loc(#loc3)
      } loc(#loc3)
    } loc(#loc3)
  } loc(#loc3)
  stream.executable private @main$async_dispatch_3 {
    stream.executable.export public @main$async_dispatch_3_softmax_7x3x6xf32_generic workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc3)
      stream.return %x, %y, %z : index, index, index loc(#loc3)
    } loc(#loc3)
    builtin.module {
      func.func @main$async_dispatch_3_softmax_7x3x6xf32_generic(%arg0: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":13:10), %arg1: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":13:10)) {
        %c512 = arith.constant 512 : index loc(#loc3)
        %c0 = arith.constant 0 : index loc(#loc3)
        %0 = stream.binding.subspan %arg0[%c512] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf32>> loc(#loc3)
        %1 = stream.binding.subspan %arg1[%c0] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc3)
        %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf32>> -> tensor<7x3x6xf32> loc(#loc3)
        %3 = tensor.empty() : tensor<7x3x6xf16> loc(#loc1)
        %4 = tensor.empty() : tensor<7x3x6xf32> loc(#loc1)
        %5 = linalg.softmax dimension(2) ins(%2 : tensor<7x3x6xf32>) outs(%4 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc3)
        %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<7x3x6xf32>) outs(%3 : tensor<7x3x6xf16>) {
        ^bb0(%in: f32 loc("<stdin>":13:10), %out: f16 loc("<stdin>":13:10)):
          %7 = arith.truncf %in : f32 to f16 loc(#loc3)
          linalg.yield %7 : f16 loc(#loc3)
        } -> tensor<7x3x6xf16> loc(#loc3)
        iree_tensor_ext.dispatch.tensor.store %6, %1, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc3)
        return loc(#loc3)
      } loc(#loc3)
    } loc(#loc3)
  } loc(#loc3)
  stream.executable private @main$async_dispatch_4 {
    stream.executable.export public @main$async_dispatch_4_reduction_7x6x3_f32 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc5)
      stream.return %x, %y, %z : index, index, index loc(#loc5)
    } loc(#loc5)
    builtin.module {
      func.func @main$async_dispatch_4_reduction_7x6x3_f32(%arg0: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":13:10), %arg1: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":18:10)) {
        %cst = arith.constant 0.000000e+00 : f32 loc(#loc6)
        %c0 = arith.constant 0 : index loc(#loc5)
        %c512 = arith.constant 512 : index loc(#loc5)
        %0 = stream.binding.subspan %arg0[%c0] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc(#loc3)
        %1 = stream.binding.subspan %arg1[%c512] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf32>> loc(#loc5)
        %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc5)
        %3 = tensor.empty() : tensor<7x6xf32> loc(#loc5)
        %4 = tensor.empty() : tensor<7x3x6xf32> loc(#loc1)
        %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<7x3x6xf16>) outs(%4 : tensor<7x3x6xf32>) {
        ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
          %8 = arith.extf %in : f16 to f32 loc(#loc5)
          linalg.yield %8 : f32 loc(#loc5)
        } -> tensor<7x3x6xf32> loc(#loc5)
        %6 = linalg.fill ins(%cst : f32) outs(%3 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc5)
        %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%5 : tensor<7x3x6xf32>) outs(%6 : tensor<7x6xf32>) {
        ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
          %8 = arith.addf %in, %out : f32 loc(#loc5)
          linalg.yield %8 : f32 loc(#loc5)
        } -> tensor<7x6xf32> loc(#loc5)
        iree_tensor_ext.dispatch.tensor.store %7, %1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf32>> loc(#loc5)
        return loc(#loc5)
      } loc(#loc5)
    } loc(#loc5)
  } loc(#loc5)
  stream.executable private @main$async_dispatch_5 {
    stream.executable.export public @main$async_dispatch_5_reduction_7x6x3_f32 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc5)
      stream.return %x, %y, %z : index, index, index loc(#loc5)
    } loc(#loc5)
    builtin.module {
      func.func @main$async_dispatch_5_reduction_7x6x3_f32(%arg0: !stream.binding {stream.alignment = 64 : index} loc(fused[#loc3, #loc5]), %arg1: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":18:10)) {
        %cst = arith.constant 3.000000e+00 : f32 loc(#loc6)
        %cst_0 = arith.constant 0.000000e+00 : f32 loc(#loc6)
        %c0 = arith.constant 0 : index loc(#loc6)
        %c512 = arith.constant 512 : index loc(#loc5)
        %0 = stream.binding.subspan %arg0[%c0] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc(#loc3)
        %1 = stream.binding.subspan %arg0[%c512] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x6xf32>> loc(#loc5)
        %2 = stream.binding.subspan %arg1[%c0] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc5)
        %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc5)
        %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x6xf32>> -> tensor<7x6xf32> loc(#loc5)
        %5 = tensor.empty() : tensor<7x6xf16> loc(#loc5)
        %6 = tensor.empty() : tensor<7x6xf32> loc(#loc5)
        %7 = tensor.empty() : tensor<7x3x6xf32> loc(#loc1)
        %8 = linalg.fill ins(%cst_0 : f32) outs(%6 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc5)
        %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<7x3x6xf16>) outs(%7 : tensor<7x3x6xf32>) {
        ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
          %12 = arith.extf %in : f16 to f32 loc(#loc5)
          linalg.yield %12 : f32 loc(#loc5)
        } -> tensor<7x3x6xf32> loc(#loc5)
        %10 = linalg.generic {indexing_maps = [#map2, #map3, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9, %4 : tensor<7x3x6xf32>, tensor<7x6xf32>) outs(%8 : tensor<7x6xf32>) {
        ^bb0(%in: f32 loc("<stdin>":18:10), %in_1: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
          %12 = arith.divf %in_1, %cst : f32 loc(#loc5)
          %13 = arith.subf %in, %12 : f32 loc(#loc5)
          %14 = arith.mulf %13, %13 : f32 loc(#loc5)
          %15 = arith.addf %14, %out : f32 loc(#loc5)
          linalg.yield %15 : f32 loc(#loc5)
        } -> tensor<7x6xf32> loc(#loc5)
        %11 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<7x6xf32>) outs(%5 : tensor<7x6xf16>) {
        ^bb0(%in: f32 loc("<stdin>":18:10), %out: f16 loc("<stdin>":18:10)):
          %12 = arith.truncf %in : f32 to f16 loc(#loc5)
          linalg.yield %12 : f16 loc(#loc5)
        } -> tensor<7x6xf16> loc(#loc5)
        iree_tensor_ext.dispatch.tensor.store %11, %2, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc5)
        return loc(#loc5)
      } loc(#loc5)
    } loc(#loc5)
  } loc(#loc5)
  stream.executable private @main$async_dispatch_6 {
    stream.executable.export public @main$async_dispatch_6_elementwise_126_f32xf16 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc7)
      stream.return %x, %y, %z : index, index, index loc(#loc7)
    } loc(#loc7)
    builtin.module {
      func.func @main$async_dispatch_6_elementwise_126_f32xf16(%arg0: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":18:10), %arg1: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":24:10)) {
        %cst = arith.constant 1.000000e+00 : f32 loc(#loc6)
        %c0 = arith.constant 0 : index loc(#loc7)
        %c128 = arith.constant 128 : index loc(#loc7)
        %0 = stream.binding.subspan %arg0[%c0] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> loc(#loc5)
        %1 = stream.binding.subspan %arg1[%c128] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf16>> loc(#loc7)
        %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0], sizes = [126], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> -> tensor<126xf16> loc(#loc7)
        %3 = tensor.empty() : tensor<126xf32> loc(#loc5)
        %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%2 : tensor<126xf16>) outs(%3 : tensor<126xf32>) {
        ^bb0(%in: f16 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
          %7 = arith.extf %in : f16 to f32 loc(#loc5)
          linalg.yield %7 : f32 loc(#loc5)
        } -> tensor<126xf32> loc(#loc5)
        %5 = tensor.empty() : tensor<126xf16> loc(#loc7)
        %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%4 : tensor<126xf32>) outs(%5 : tensor<126xf16>) {
        ^bb0(%in: f32 loc("<stdin>":24:10), %out: f16 loc("<stdin>":24:10)):
          %7 = arith.negf %in : f32 loc(#loc8)
          %8 = math.exp %7 : f32 loc(#loc8)
          %9 = arith.addf %8, %cst : f32 loc(#loc8)
          %10 = arith.divf %cst, %9 : f32 loc(#loc8)
          %11 = arith.mulf %in, %10 : f32 loc(#loc9)
          %12 = arith.truncf %11 : f32 to f16 loc(#loc7)
          linalg.yield %12 : f16 loc(#loc7)
        } -> tensor<126xf16> loc(#loc7)
        iree_tensor_ext.dispatch.tensor.store %6, %1, offsets = [0], sizes = [126], strides = [1] : tensor<126xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf16>> loc(#loc7)
        return loc(#loc7)
      } loc(#loc7)
    } loc(#loc7)
  } loc(#loc7)
  stream.executable private @main$async_dispatch_8 {
    stream.executable.export public @main$async_dispatch_8_reduction_7x6x3_f16 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc10)
      stream.return %x, %y, %z : index, index, index loc(#loc10)
    } loc(#loc10)
    builtin.module {
      func.func @main$async_dispatch_8_reduction_7x6x3_f16(%arg0: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":27:11), %arg1: !stream.binding {stream.alignment = 64 : index} loc("<stdin>":31:11)) {
        %cst = arith.constant 1.000000e+00 : f16 loc(#loc10)
        %c704 = arith.constant 704 : index loc(#loc10)
        %c384 = arith.constant 384 : index loc(#loc10)
        %0 = stream.binding.subspan %arg0[%c704] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc(#loc11)
        %1 = stream.binding.subspan %arg1[%c384] : !stream.binding -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc10)
        %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc10)
        %3 = tensor.empty() : tensor<7x6xf16> loc(#loc5)
        %4 = linalg.fill ins(%cst : f16) outs(%3 : tensor<7x6xf16>) -> tensor<7x6xf16> loc(#loc10)
        %5 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<7x3x6xf16>) outs(%4 : tensor<7x6xf16>) {
        ^bb0(%in: f16 loc("<stdin>":27:11), %out: f16 loc("<stdin>":31:11)):
          %6 = arith.mulf %in, %out : f16 loc(#loc10)
          linalg.yield %6 : f16 loc(#loc10)
        } -> tensor<7x6xf16> loc(#loc10)
        iree_tensor_ext.dispatch.tensor.store %5, %1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc10)
        return loc(#loc10)
      } loc(#loc10)
    } loc(#loc10)
  } loc(#loc10)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %c704_i32 = arith.constant 704 : i32 loc(#loc6)
    %c256_i32 = arith.constant 256 : i32 loc(#loc6)
    %c0_i32 = arith.constant 0 : i32 loc(#loc6)
    %c0 = arith.constant 0 : index loc(#loc6)
    %c1024 = arith.constant 1024 : index loc(#loc6)
    %c512 = arith.constant 512 : index loc(#loc6)
    %c384 = arith.constant 384 : index loc(#loc6)
    %c128 = arith.constant 128 : index loc(#loc6)
    %c84 = arith.constant 84 : index loc(#loc5)
    %c252 = arith.constant 252 : index loc(#loc6)
    %c6 = arith.constant 6 : index loc(#loc2)
    %c3 = arith.constant 3 : index loc(#loc2)
    %c7 = arith.constant 7 : index loc(#loc2)
    %element_type_f16 = hal.element_type<f16> : i32 loc(#loc2)
    %dense_row_major = hal.encoding_type<dense_row_major> : i32 loc(#loc2)
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("tensor") shape([%c7, %c3, %c6]) type(%element_type_f16) encoding(%dense_row_major) loc(#loc2)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<7x3x6xf16> in !stream.resource<external>{%c252} loc(#loc2)
    %1 = stream.timepoint.import on(#hal.device.affinity<@__device_0>) %arg1 : (!hal.fence) => !stream.timepoint loc(#loc2)
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<external>{%c512} => !stream.timepoint loc(#loc16)
    %2 = stream.resource.subview %result[%c0] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c84} loc(#loc17)
    %3 = stream.resource.subview %result[%c128] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c252} loc(#loc17)
    %4 = stream.resource.subview %result[%c384] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c84} loc(#loc10)
    %result_0, %result_timepoint_1 = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<transient>{%c1024} => !stream.timepoint loc(#loc18)
    %5 = stream.timepoint.join max(%result_timepoint, %result_timepoint_1) => !stream.timepoint loc(#loc19)
    %6 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%5) => with(%0 as %arg3: !stream.resource<external>{%c252}, %result as %arg4: !stream.resource<external>{%c512}, %result_0 as %arg5: !stream.resource<transient>{%c1024}) {
      stream.cmd.dispatch @main$async_dispatch_0::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c0_i32, %c0_i32 : i32, i32) {
        ro %arg3[%c0 for %c252] : !stream.resource<external>{%c252},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc1)
      stream.cmd.dispatch @main$async_dispatch_0::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c0_i32, %c256_i32 : i32, i32) {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc13)
      stream.cmd.dispatch @main$async_dispatch_2::@main$async_dispatch_2_elementwise_126_f16xf32 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc3)
      stream.cmd.dispatch @main$async_dispatch_3::@main$async_dispatch_3_softmax_7x3x6xf32_generic {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc3)
      stream.cmd.dispatch @main$async_dispatch_4::@main$async_dispatch_4_reduction_7x6x3_f32 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc5)
      stream.cmd.concurrent {
        stream.cmd.dispatch @main$async_dispatch_5::@main$async_dispatch_5_reduction_7x6x3_f32 {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
        } loc(#loc5)
        stream.cmd.dispatch @main$async_dispatch_6::@main$async_dispatch_6_elementwise_126_f32xf16 {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
        } loc(#loc7)
        stream.cmd.dispatch @main$async_dispatch_0::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c256_i32, %c704_i32 : i32, i32) {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
        } loc(#loc11)
      } loc(#loc17)
      stream.cmd.dispatch @main$async_dispatch_8::@main$async_dispatch_8_reduction_7x6x3_f16 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
      } loc(#loc10)
    } => !stream.timepoint loc(#loc19)
    %7 = stream.resource.dealloca on(#hal.device.affinity<@__device_0>) await(%6) => %result_0 : !stream.resource<transient>{%c1024} => !stream.timepoint loc(#loc18)
    stream.timepoint.chain_external on(#hal.device.affinity<@__device_0>) %7 => (%arg2 : !hal.fence) loc(#loc12)
    %8 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %2 : tensor<7x6xf16> in !stream.resource<external>{%c84} -> !hal.buffer_view loc(#loc12)
    %9 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<7x3x6xf16> in !stream.resource<external>{%c252} -> !hal.buffer_view loc(#loc12)
    %10 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<7x6xf16> in !stream.resource<external>{%c84} -> !hal.buffer_view loc(#loc12)
    util.return %8, %9, %10 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc14)
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
#loc16 = loc(fused[#loc11, #loc7, #loc5, #loc10])
#loc17 = loc(fused[#loc11, #loc7, #loc5])
#loc18 = loc(fused[#loc1, #loc13, #loc3, #loc5, #loc11, #loc7])
#loc19 = loc(fused[#loc10, #loc11, #loc7, #loc5, #loc3, #loc13, #loc1])
