#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc3 = loc("<stdin>":6:10)
#loc4 = loc("<stdin>":9:10)
#loc7 = loc("<stdin>":12:10)
#loc8 = loc("<stdin>":16:10)
#map = affine_map<() -> ()>
#map1 = affine_map<(d0) -> ()>
#map2 = affine_map<(d0) -> (d0)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %0 = hal.tensor.import wait(%arg1) => %arg0 : !hal.buffer_view -> tensor<1xf16> loc(#loc2)
    %1 = flow.tensor.reshape %0 : tensor<1xf16> -> tensor<f16> loc(#loc3)
    %2:2 = flow.dispatch.workgroups(%1) : (tensor<f16>) -> (tensor<f16>, tensor<f32>) =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f16>>, %arg5: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f32>>) {
      %cst = arith.constant 3.000000e+00 : f16 loc(#loc5)
      %cst_0 = arith.constant 1.000000e+00 : f16 loc(#loc5)
      %13 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> -> tensor<f16> loc(#loc4)
      %14 = tensor.empty() : tensor<f32> loc(#loc4)
      %15 = tensor.empty() : tensor<f16> loc(#loc3)
      %16:2 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = []} ins(%13 : tensor<f16>) outs(%15, %14 : tensor<f16>, tensor<f32>) {
      ^bb0(%in: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":6:10), %out_1: f32 loc("<stdin>":9:10)):
        %17 = arith.subf %cst, %in : f16 loc(#loc3)
        %18 = arith.cmpf ole, %17, %cst_0 : f16 loc(#loc6)
        %19 = arith.uitofp %18 : i1 to f32 loc(#loc4)
        %20 = math.exp %19 : f32 loc(#loc4)
        linalg.yield %17, %20 : f16, f32 loc(#loc4)
      } -> (tensor<f16>, tensor<f32>) loc(#loc4)
      iree_tensor_ext.dispatch.tensor.store %16#0, %arg4, offsets = [], sizes = [], strides = [] : tensor<f16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f16>> loc(#loc4)
      iree_tensor_ext.dispatch.tensor.store %16#1, %arg5, offsets = [], sizes = [], strides = [] : tensor<f32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f32>> loc(#loc4)
      flow.return loc(#loc4)
    } count() -> (index, index, index) {
      %c1 = arith.constant 1 : index loc(#loc5)
      flow.return %c1, %c1, %c1 : index, index, index loc(#loc4)
    } loc(#loc4)
    %3 = flow.tensor.reshape %2#1 : tensor<f32> -> tensor<1xf32> loc(#loc4)
    %4 = flow.dispatch.workgroups(%2#0) : (tensor<f16>) -> tensor<3xf16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3xf16>>) {
      %13 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> -> tensor<f16> loc(#loc7)
      %14 = tensor.empty() : tensor<3xf16> loc(#loc7)
      %15 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel"]} ins(%13 : tensor<f16>) outs(%14 : tensor<3xf16>) {
      ^bb0(%in: f16 loc("<stdin>":12:10), %out: f16 loc("<stdin>":12:10)):
        linalg.yield %in : f16 loc(#loc7)
      } -> tensor<3xf16> loc(#loc7)
      iree_tensor_ext.dispatch.tensor.store %15, %arg4, offsets = [0], sizes = [3], strides = [1] : tensor<3xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<3xf16>> loc(#loc7)
      flow.return loc(#loc7)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc7)
      flow.return %x, %y, %z : index, index, index loc(#loc7)
    } loc(#loc7)
    %5 = flow.dispatch.workgroups(%2#0) : (tensor<f16>) -> tensor<f32> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f32>>) {
      %cst = arith.constant 2.000000e+00 : f16 loc(#loc5)
      %13 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> -> tensor<f16> loc(#loc8)
      %14 = tensor.empty() : tensor<f32> loc(#loc4)
      %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = []} ins(%13 : tensor<f16>) outs(%14 : tensor<f32>) {
      ^bb0(%in: f16 loc("<stdin>":6:10), %out: f32 loc("<stdin>":16:10)):
        %16 = arith.cmpf ole, %in, %cst : f16 loc(#loc9)
        %17 = arith.uitofp %16 : i1 to f32 loc(#loc8)
        %18 = math.exp %17 : f32 loc(#loc8)
        linalg.yield %18 : f32 loc(#loc8)
      } -> tensor<f32> loc(#loc8)
      iree_tensor_ext.dispatch.tensor.store %15, %arg4, offsets = [], sizes = [], strides = [] : tensor<f32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f32>> loc(#loc8)
      flow.return loc(#loc8)
    } count() -> (index, index, index) {
      %c1 = arith.constant 1 : index loc(#loc5)
      flow.return %c1, %c1, %c1 : index, index, index loc(#loc8)
    } loc(#loc8)
    %6 = flow.tensor.reshape %5 : tensor<f32> -> tensor<1xf32> loc(#loc8)
    %7 = flow.dispatch.workgroups(%2#0) : (tensor<f16>) -> tensor<f16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f16>>) {
      %cst = arith.constant 0.000000e+00 : f16 loc(#loc10)
      %13 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [], sizes = [], strides = [] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<f16>> -> tensor<f16> loc(#loc10)
      %14 = tensor.empty() : tensor<f16> loc(#loc3)
      %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = []} ins(%13 : tensor<f16>) outs(%14 : tensor<f16>) {
      ^bb0(%in: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":6:10)):
        %16 = arith.addf %in, %cst : f16 loc(#loc10)
        linalg.yield %16 : f16 loc(#loc10)
      } -> tensor<f16> loc(#loc10)
      iree_tensor_ext.dispatch.tensor.store %15, %arg4, offsets = [], sizes = [], strides = [] : tensor<f16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<f16>> loc(#loc10)
      flow.return loc(#loc10)
    } count() -> (index, index, index) {
      %c1 = arith.constant 1 : index loc(#loc5)
      flow.return %c1, %c1, %c1 : index, index, index loc(#loc10)
    } loc(#loc10)
    %8:4 = hal.tensor.barrier join(%3, %4, %6, %7 : tensor<1xf32>, tensor<3xf16>, tensor<1xf32>, tensor<f16>) => %arg2 : !hal.fence loc(#loc1)
    %9 = hal.tensor.export %8#0 : tensor<1xf32> -> !hal.buffer_view loc(#loc1)
    %10 = hal.tensor.export %8#1 : tensor<3xf16> -> !hal.buffer_view loc(#loc1)
    %11 = hal.tensor.export %8#2 : tensor<1xf32> -> !hal.buffer_view loc(#loc1)
    %12 = hal.tensor.export %8#3 : tensor<f16> -> !hal.buffer_view loc(#loc1)
    util.return %9, %10, %9, %11, %12 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc11)
  } loc(#loc1)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc1)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc1)
    %c0 = arith.constant 0 : index loc(#loc1)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc1)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc1)
    %1:5 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc1)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc1)
    util.return %1#0, %1#1, %1#2, %1#3, %1#4 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc1 = loc("<stdin>":2:3)
#loc2 = loc("<stdin>":2:19)
#loc5 = loc(unknown)
#loc6 = loc("<stdin>":8:10)
#loc9 = loc("<stdin>":15:10)
#loc10 = loc("<stdin>":18:10)
#loc11 = loc("<stdin>":19:5)
