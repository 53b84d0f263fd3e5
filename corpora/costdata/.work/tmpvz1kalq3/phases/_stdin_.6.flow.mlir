#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc1 = loc("<stdin>":9:10)
#loc3 = loc("<stdin>":6:10)
#loc5 = loc("<stdin>":12:10)
#loc6 = loc("<stdin>":16:10)
#loc8 = loc("<stdin>":18:10)
#map = affine_map<() -> ()>
#map1 = affine_map<(d0) -> ()>
#map2 = affine_map<(d0) -> (d0)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  flow.executable private @main$async_dispatch_0 {
    flow.executable.export public @main$async_dispatch_0_elementwise workgroups() -> (index, index, index) {
      %c1 = arith.constant 1 : index loc(#loc2)
      flow.return %c1, %c1, %c1 : index, index, index loc(#loc1)
    } loc(#loc1)
    builtin.module {
      func.func @main$async_dispatch_0_elementwise(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> loc("<stdin>":6:10), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f16>> loc("<stdin>":9:10), %arg2: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f32>> loc("<stdin>":9:10)) {
        %cst = arith.constant 3.000000e+00 : f16 loc(#loc2)
        %cst_0 = arith.constant 1.000000e+00 : f16 loc(#loc2)
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> -> tensor<f16> loc(#loc1)
        %1 = tensor.empty() : tensor<f32> loc(#loc1)
        %2 = tensor.empty() : tensor<f16> loc(#loc3)
        %3:2 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = []} ins(%0 : tensor<f16>) outs(%2, %1 : tensor<f16>, tensor<f32>) {
        ^bb0(%in: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":6:10), %out_1: f32 loc("<stdin>":9:10)):
          %4 = arith.subf %cst, %in : f16 loc(#loc3)
          %5 = arith.cmpf ole, %4, %cst_0 : f16 loc(#loc4)
          %6 = arith.uitofp %5 : i1 to f32 loc(#loc1)
          %7 = math.exp %6 : f32 loc(#loc1)
          linalg.yield %4, %7 : f16, f32 loc(#loc1)
        } -> (tensor<f16>, tensor<f32>) loc(#loc1)
        iree_tensor_ext.dispatch.tensor.store %3#0, %arg1, offsets = [], sizes = [], strides = [] : tensor<f16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f16>> loc(#loc1)
        iree_tensor_ext.dispatch.tensor.store %3#1, %arg2, offsets = [], sizes = [], strides = [] : tensor<f32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f32>> loc(#loc1)
        return loc(#loc1)
      } loc(#loc1)
    } loc(#loc1)
  } loc(#loc1)
  flow.executable private @main$async_dispatch_1 {
    flow.executable.export public @main$async_dispatch_1_elementwise_broadcast_3_f16 workgroups() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc5)
      flow.return %x, %y, %z : index, index, index loc(#loc5)
    } loc(#loc5)
    builtin.module {
      func.func @main$async_dispatch_1_elementwise_broadcast_3_f16(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> loc("<stdin>":9:10), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3xf16>> loc("<stdin>":12:10)) {
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> -> tensor<f16> loc(#loc5)
        %1 = tensor.empty() : tensor<3xf16> loc(#loc5)
        %2 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel"]} ins(%0 : tensor<f16>) outs(%1 : tensor<3xf16>) {
        ^bb0(%in: f16 loc("<stdin>":12:10), %out: f16 loc("<stdin>":12:10)):
          linalg.yield %in : f16 loc(#loc5)
        } -> tensor<3xf16> loc(#loc5)
        iree_tensor_ext.dispatch.tensor.store %2, %arg1, offsets = [0], sizes = [3], strides = [1] : tensor<3xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3xf16>> loc(#loc5)
        return loc(#loc5)
      } loc(#loc5)
    } loc(#loc5)
  } loc(#loc5)
  flow.executable private @main$async_dispatch_2 {
    flow.executable.export public @main$async_dispatch_2_elementwise workgroups() -> (index, index, index) {
      %c1 = arith.constant 1 : index loc(#loc2)
      flow.return %c1, %c1, %c1 : index, index, index loc(#loc6)
    } loc(#loc6)
    builtin.module {
      func.func @main$async_dispatch_2_elementwise(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> loc("<stdin>":9:10), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f32>> loc("<stdin>":16:10)) {
        %cst = arith.constant 2.000000e+00 : f16 loc(#loc2)
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> -> tensor<f16> loc(#loc6)
        %1 = tensor.empty() : tensor<f32> loc(#loc1)
        %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = []} ins(%0 : tensor<f16>) outs(%1 : tensor<f32>) {
        ^bb0(%in: f16 loc("<stdin>":6:10), %out: f32 loc("<stdin>":16:10)):
          %3 = arith.cmpf ole, %in, %cst : f16 loc(#loc7)
          %4 = arith.uitofp %3 : i1 to f32 loc(#loc6)
          %5 = math.exp %4 : f32 loc(#loc6)
          linalg.yield %5 : f32 loc(#loc6)
        } -> tensor<f32> loc(#loc6)
        iree_tensor_ext.dispatch.tensor.store %2, %arg1, offsets = [], sizes = [], strides = [] : tensor<f32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f32>> loc(#loc6)
        return loc(#loc6)
      } loc(#loc6)
    } loc(#loc6)
  } loc(#loc6)
  flow.executable private @main$async_dispatch_3 {
    flow.executable.export public @main$async_dispatch_3_elementwise workgroups() -> (index, index, index) {
      %c1 = arith.constant 1 : index loc(#loc2)
      flow.return %c1, %c1, %c1 : index, index, index loc(#loc8)
    } loc(#loc8)
    builtin.module {
      func.func @main$async_dispatch_3_elementwise(%arg0: !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> loc("<stdin>":9:10), %arg1: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f16>> loc("<stdin>":18:10)) {
        %cst = arith.constant 0.000000e+00 : f16 loc(#loc8)
        %0 = iree_tensor_ext.dispatch.tensor.load %arg0, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> -> tensor<f16> loc(#loc8)
        %1 = tensor.empty() : tensor<f16> loc(#loc3)
        %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = []} ins(%0 : tensor<f16>) outs(%1 : tensor<f16>) {
        ^bb0(%in: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":6:10)):
          %3 = arith.addf %in, %cst : f16 loc(#loc8)
          linalg.yield %3 : f16 loc(#loc8)
        } -> tensor<f16> loc(#loc8)
        iree_tensor_ext.dispatch.tensor.store %2, %arg1, offsets = [], sizes = [], strides = [] : tensor<f16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f16>> loc(#loc8)
        return loc(#loc8)
      } loc(#loc8)
    } loc(#loc8)
  } loc(#loc8)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %0 = hal.tensor.import wait(%arg1) => %arg0 : !hal.buffer_view -> tensor<1xf16> loc(#loc10)
    %1 = flow.tensor.reshape %0 : tensor<1xf16> -> tensor<f16> loc(#loc3)
    %2:2 = flow.dispatch @main$async_dispatch_0::@main$async_dispatch_0_elementwise(%1) : (tensor<f16>) -> (tensor<f16>, tensor<f32>) loc(#loc1)
    %3 = flow.tensor.reshape %2#1 : tensor<f32> -> tensor<1xf32> loc(#loc1)
    %4 = flow.dispatch @main$async_dispatch_1::@main$async_dispatch_1_elementwise_broadcast_3_f16(%2#0) : (tensor<f16>) -> tensor<3xf16> loc(#loc5)
    %5 = flow.dispatch @main$async_dispatch_2::@main$async_dispatch_2_elementwise(%2#0) : (tensor<f16>) -> tensor<f32> loc(#loc6)
    %6 = flow.tensor.reshape %5 : tensor<f32> -> tensor<1xf32> loc(#loc6)
    %7 = flow.dispatch @main$async_dispatch_3::@main$async_dispatch_3_elementwise(%2#0) : (tensor<f16>) -> tensor<f16> loc(#loc8)
    %8:4 = hal.tensor.barrier join(%3, %4, %6, %7 : tensor<1xf32>, tensor<3xf16>, tensor<1xf32>, tensor<f16>) => %arg2 : !hal.fence loc(#loc9)
    %9 = hal.tensor.export %8#0 : tensor<1xf32> -> !hal.buffer_view loc(#loc9)
    %10 = hal.tensor.export %8#1 : tensor<3xf16> -> !hal.buffer_view loc(#loc9)
    %11 = hal.tensor.export %8#2 : tensor<1xf32> -> !hal.buffer_view loc(#loc9)
    %12 = hal.tensor.export %8#3 : tensor<f16> -> !hal.buffer_view loc(#loc9)
    util.return %9, %10, %9, %11, %12 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc11)
  } loc(#loc9)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc9)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc9)
    %c0 = arith.constant 0 : index loc(#loc9)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc9)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc9)
    %1:5 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc9)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc9)
    util.return %1#0, %1#1, %1#2, %1#3, %1#4 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc9)
  } loc(#loc9)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc2 = loc(unknown)
#loc4 = loc("<stdin>":8:10)
#loc7 = loc("<stdin>":15:10)
#loc9 = loc("<stdin>":2:3)
#loc10 = loc("<stdin>":2:19)
#loc11 = loc("<stdin>":19:5)
