#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc3 = loc("<stdin>":5:10)
#loc4 = loc("<stdin>":8:10)
#loc5 = loc("<stdin>":13:10)
#loc7 = loc("<stdin>":18:10)
#loc9 = loc("<stdin>":24:10)
#loc12 = loc("<stdin>":27:11)
#loc13 = loc("<stdin>":31:11)
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %0 = hal.tensor.import wait(%arg1) => %arg0 : !hal.buffer_view -> tensor<7x3x6xf16> loc(#loc2)
    %1 = flow.dispatch.workgroups(%0) : (tensor<7x3x6xf16>) -> tensor<7x3x6xf16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>>) {
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc3)
      %19 = tensor.empty() : tensor<7x3x6xf16> loc(#loc3)
      %20 = tensor.empty() : tensor<7x3x6xf32> loc(#loc3)
      %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<7x3x6xf16>) outs(%20 : tensor<7x3x6xf32>) {
      ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
        %24 = arith.extf %in : f16 to f32 loc(#loc3)
        linalg.yield %24 : f32 loc(#loc3)
      } -> tensor<7x3x6xf32> loc(#loc3)
      %22 = linalg.softmax dimension(2) ins(%21 : tensor<7x3x6xf32>) outs(%20 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc3)
      %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<7x3x6xf32>) outs(%19 : tensor<7x3x6xf16>) {
      ^bb0(%in: f32 loc("<stdin>":5:10), %out: f16 loc("<stdin>":5:10)):
        %24 = arith.truncf %in : f32 to f16 loc(#loc3)
        linalg.yield %24 : f16 loc(#loc3)
      } -> tensor<7x3x6xf16> loc(#loc3)
      iree_tensor_ext.dispatch.tensor.store %23, %arg4, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc3)
      flow.return loc(#loc3)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc3)
      flow.return %x, %y, %z : index, index, index loc(#loc3)
    } loc(#loc3)
    %2 = flow.dispatch.workgroups(%1) : (tensor<7x3x6xf16>) -> tensor<7x3x6xf16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>>) {
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc4)
      %19 = tensor.empty() : tensor<7x3x6xf16> loc(#loc3)
      %20 = tensor.empty() : tensor<7x3x6xf32> loc(#loc3)
      %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<7x3x6xf16>) outs(%20 : tensor<7x3x6xf32>) {
      ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":8:10)):
        %24 = arith.extf %in : f16 to f32 loc(#loc4)
        linalg.yield %24 : f32 loc(#loc4)
      } -> tensor<7x3x6xf32> loc(#loc4)
      %22 = linalg.softmax dimension(2) ins(%21 : tensor<7x3x6xf32>) outs(%20 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc4)
      %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<7x3x6xf32>) outs(%19 : tensor<7x3x6xf16>) {
      ^bb0(%in: f32 loc("<stdin>":8:10), %out: f16 loc("<stdin>":8:10)):
        %24 = arith.truncf %in : f32 to f16 loc(#loc4)
        linalg.yield %24 : f16 loc(#loc4)
      } -> tensor<7x3x6xf16> loc(#loc4)
      iree_tensor_ext.dispatch.tensor.store %23, %arg4, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc4)
      flow.return loc(#loc4)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc4)
      flow.return %x, %y, %z : index, index, index loc(#loc4)
    } loc(#loc4)
    %3 = flow.tensor.reshape %2 : tensor<7x3x6xf16> -> tensor<126xf16> loc(#loc5)
    %4 = flow.dispatch.workgroups(%3) : (tensor<126xf16>) -> tensor<126xf32> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf32>>) {
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0], sizes = [126], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> -> tensor<126xf16> loc(#loc5)
      %19 = tensor.empty() : tensor<126xf32> loc(#loc5)
      %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%18 : tensor<126xf16>) outs(%19 : tensor<126xf32>) {
      ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
        %21 = math.roundeven %in : f16 loc(#loc6)
        %22 = arith.extf %21 : f16 to f32 loc(#loc5)
        linalg.yield %22 : f32 loc(#loc5)
      } -> tensor<126xf32> loc(#loc5)
      iree_tensor_ext.dispatch.tensor.store %20, %arg4, offsets = [0], sizes = [126], strides = [1] : tensor<126xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf32>> loc(#loc5)
      flow.return loc(#loc5)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc5)
      flow.return %x, %y, %z : index, index, index loc(#loc5)
    } loc(#loc5)
    %5 = flow.tensor.reshape %4 : tensor<126xf32> -> tensor<7x3x6xf32> loc(#loc5)
    %6 = flow.dispatch.workgroups(%5) : (tensor<7x3x6xf32>) -> tensor<7x3x6xf16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf32>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>>) {
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf32>> -> tensor<7x3x6xf32> loc(#loc5)
      %19 = tensor.empty() : tensor<7x3x6xf16> loc(#loc3)
      %20 = tensor.empty() : tensor<7x3x6xf32> loc(#loc3)
      %21 = linalg.softmax dimension(2) ins(%18 : tensor<7x3x6xf32>) outs(%20 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc5)
      %22 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<7x3x6xf32>) outs(%19 : tensor<7x3x6xf16>) {
      ^bb0(%in: f32 loc("<stdin>":13:10), %out: f16 loc("<stdin>":13:10)):
        %23 = arith.truncf %in : f32 to f16 loc(#loc5)
        linalg.yield %23 : f16 loc(#loc5)
      } -> tensor<7x3x6xf16> loc(#loc5)
      iree_tensor_ext.dispatch.tensor.store %22, %arg4, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc5)
      flow.return loc(#loc5)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc5)
      flow.return %x, %y, %z : index, index, index loc(#loc5)
    } loc(#loc5)
    %7 = flow.dispatch.workgroups(%6) : (tensor<7x3x6xf16>) -> tensor<7x6xf32> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf32>>) {
      %cst = arith.constant 0.000000e+00 : f32 loc(#loc8)
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc7)
      %19 = tensor.empty() : tensor<7x6xf32> loc(#loc7)
      %20 = tensor.empty() : tensor<7x3x6xf32> loc(#loc3)
      %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<7x3x6xf16>) outs(%20 : tensor<7x3x6xf32>) {
      ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
        %24 = arith.extf %in : f16 to f32 loc(#loc7)
        linalg.yield %24 : f32 loc(#loc7)
      } -> tensor<7x3x6xf32> loc(#loc7)
      %22 = linalg.fill ins(%cst : f32) outs(%19 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc7)
      %23 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%21 : tensor<7x3x6xf32>) outs(%22 : tensor<7x6xf32>) {
      ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
        %24 = arith.addf %in, %out : f32 loc(#loc7)
        linalg.yield %24 : f32 loc(#loc7)
      } -> tensor<7x6xf32> loc(#loc7)
      iree_tensor_ext.dispatch.tensor.store %23, %arg4, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf32>> loc(#loc7)
      flow.return loc(#loc7)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc7)
      flow.return %x, %y, %z : index, index, index loc(#loc7)
    } loc(#loc7)
    %8 = flow.dispatch.workgroups(%6, %7) : (tensor<7x3x6xf16>, tensor<7x6xf32>) -> tensor<7x6xf16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>>, %arg4: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x6xf32>>, %arg5: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>>) {
      %cst = arith.constant 3.000000e+00 : f32 loc(#loc8)
      %cst_0 = arith.constant 0.000000e+00 : f32 loc(#loc8)
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc7)
      %19 = iree_tensor_ext.dispatch.tensor.load %arg4, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x6xf32>> -> tensor<7x6xf32> loc(#loc7)
      %20 = tensor.empty() : tensor<7x6xf16> loc(#loc7)
      %21 = tensor.empty() : tensor<7x6xf32> loc(#loc7)
      %22 = tensor.empty() : tensor<7x3x6xf32> loc(#loc3)
      %23 = linalg.fill ins(%cst_0 : f32) outs(%21 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc7)
      %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<7x3x6xf16>) outs(%22 : tensor<7x3x6xf32>) {
      ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
        %27 = arith.extf %in : f16 to f32 loc(#loc7)
        linalg.yield %27 : f32 loc(#loc7)
      } -> tensor<7x3x6xf32> loc(#loc7)
      %25 = linalg.generic {indexing_maps = [#map2, #map3, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24, %19 : tensor<7x3x6xf32>, tensor<7x6xf32>) outs(%23 : tensor<7x6xf32>) {
      ^bb0(%in: f32 loc("<stdin>":18:10), %in_1: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
        %27 = arith.divf %in_1, %cst : f32 loc(#loc7)
        %28 = arith.subf %in, %27 : f32 loc(#loc7)
        %29 = arith.mulf %28, %28 : f32 loc(#loc7)
        %30 = arith.addf %29, %out : f32 loc(#loc7)
        linalg.yield %30 : f32 loc(#loc7)
      } -> tensor<7x6xf32> loc(#loc7)
      %26 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%25 : tensor<7x6xf32>) outs(%20 : tensor<7x6xf16>) {
      ^bb0(%in: f32 loc("<stdin>":18:10), %out: f16 loc("<stdin>":18:10)):
        %27 = arith.truncf %in : f32 to f16 loc(#loc7)
        linalg.yield %27 : f16 loc(#loc7)
      } -> tensor<7x6xf16> loc(#loc7)
      iree_tensor_ext.dispatch.tensor.store %26, %arg5, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc7)
      flow.return loc(#loc7)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc7)
      flow.return %x, %y, %z : index, index, index loc(#loc7)
    } loc(#loc7)
    %9 = flow.tensor.reshape %6 : tensor<7x3x6xf16> -> tensor<126xf16> loc(#loc7)
    %10 = flow.dispatch.workgroups(%9) : (tensor<126xf16>) -> tensor<126xf16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf16>>) {
      %cst = arith.constant 1.000000e+00 : f32 loc(#loc8)
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0], sizes = [126], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> -> tensor<126xf16> loc(#loc9)
      %19 = tensor.empty() : tensor<126xf32> loc(#loc7)
      %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%18 : tensor<126xf16>) outs(%19 : tensor<126xf32>) {
      ^bb0(%in: f16 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
        %23 = arith.extf %in : f16 to f32 loc(#loc7)
        linalg.yield %23 : f32 loc(#loc7)
      } -> tensor<126xf32> loc(#loc7)
      %21 = tensor.empty() : tensor<126xf16> loc(#loc9)
      %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%20 : tensor<126xf32>) outs(%21 : tensor<126xf16>) {
      ^bb0(%in: f32 loc("<stdin>":24:10), %out: f16 loc("<stdin>":24:10)):
        %23 = arith.negf %in : f32 loc(#loc10)
        %24 = math.exp %23 : f32 loc(#loc10)
        %25 = arith.addf %24, %cst : f32 loc(#loc10)
        %26 = arith.divf %cst, %25 : f32 loc(#loc10)
        %27 = arith.mulf %in, %26 : f32 loc(#loc11)
        %28 = arith.truncf %27 : f32 to f16 loc(#loc9)
        linalg.yield %28 : f16 loc(#loc9)
      } -> tensor<126xf16> loc(#loc9)
      iree_tensor_ext.dispatch.tensor.store %22, %arg4, offsets = [0], sizes = [126], strides = [1] : tensor<126xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf16>> loc(#loc9)
      flow.return loc(#loc9)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc9)
      flow.return %x, %y, %z : index, index, index loc(#loc9)
    } loc(#loc9)
    %11 = flow.tensor.reshape %10 : tensor<126xf16> -> tensor<7x3x6xf16> loc(#loc9)
    %12 = flow.dispatch.workgroups(%2) : (tensor<7x3x6xf16>) -> tensor<7x3x6xf16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>>) {
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc12)
      %19 = tensor.empty() : tensor<7x3x6xf16> loc(#loc3)
      %20 = tensor.empty() : tensor<7x3x6xf32> loc(#loc3)
      %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<7x3x6xf16>) outs(%20 : tensor<7x3x6xf32>) {
      ^bb0(%in: f16 loc("<stdin>":8:10), %out: f32 loc("<stdin>":27:11)):
        %24 = arith.extf %in : f16 to f32 loc(#loc12)
        linalg.yield %24 : f32 loc(#loc12)
      } -> tensor<7x3x6xf32> loc(#loc12)
      %22 = linalg.softmax dimension(2) ins(%21 : tensor<7x3x6xf32>) outs(%20 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc12)
      %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<7x3x6xf32>) outs(%19 : tensor<7x3x6xf16>) {
      ^bb0(%in: f32 loc("<stdin>":27:11), %out: f16 loc("<stdin>":27:11)):
        %24 = arith.truncf %in : f32 to f16 loc(#loc12)
        linalg.yield %24 : f16 loc(#loc12)
      } -> tensor<7x3x6xf16> loc(#loc12)
      iree_tensor_ext.dispatch.tensor.store %23, %arg4, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc12)
      flow.return loc(#loc12)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc12)
      flow.return %x, %y, %z : index, index, index loc(#loc12)
    } loc(#loc12)
    %13 = flow.dispatch.workgroups(%12) : (tensor<7x3x6xf16>) -> tensor<7x6xf16> =
        (%arg3: !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>>, %arg4: !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>>) {
      %cst = arith.constant 1.000000e+00 : f16 loc(#loc13)
      %18 = iree_tensor_ext.dispatch.tensor.load %arg3, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc13)
      %19 = tensor.empty() : tensor<7x6xf16> loc(#loc7)
      %20 = linalg.fill ins(%cst : f16) outs(%19 : tensor<7x6xf16>) -> tensor<7x6xf16> loc(#loc13)
      %21 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<7x3x6xf16>) outs(%20 : tensor<7x6xf16>) {
      ^bb0(%in: f16 loc("<stdin>":27:11), %out: f16 loc("<stdin>":31:11)):
        %22 = arith.mulf %in, %out : f16 loc(#loc13)
        linalg.yield %22 : f16 loc(#loc13)
      } -> tensor<7x6xf16> loc(#loc13)
      iree_tensor_ext.dispatch.tensor.store %21, %arg4, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc13)
      flow.return loc(#loc13)
    } count() -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc13)
      flow.return %x, %y, %z : index, index, index loc(#loc13)
    } loc(#loc13)
    %14:3 = hal.tensor.barrier join(%8, %11, %13 : tensor<7x6xf16>, tensor<7x3x6xf16>, tensor<7x6xf16>) => %arg2 : !hal.fence loc(#loc1)
    %15 = hal.tensor.export %14#0 : tensor<7x6xf16> -> !hal.buffer_view loc(#loc1)
    %16 = hal.tensor.export %14#1 : tensor<7x3x6xf16> -> !hal.buffer_view loc(#loc1)
    %17 = hal.tensor.export %14#2 : tensor<7x6xf16> -> !hal.buffer_view loc(#loc1)
    util.return %15, %16, %17 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc14)
  } loc(#loc1)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc1)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc1)
    %c0 = arith.constant 0 : index loc(#loc1)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc1)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc1)
    %1:3 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc1)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc1)
    util.return %1#0, %1#1, %1#2 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc1 = loc("<stdin>":2:3)
#loc2 = loc("<stdin>":2:19)
#loc6 = loc("<stdin>":10:10)
#loc8 = loc(unknown)
#loc10 = loc("<stdin>":21:10)
#loc11 = loc("<stdin>":22:10)
#loc14 = loc("<stdin>":32:5)
