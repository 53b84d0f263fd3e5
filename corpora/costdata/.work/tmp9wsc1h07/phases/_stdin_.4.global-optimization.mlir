#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc3 = loc("<stdin>":31:11)
#loc5 = loc("<stdin>":5:10)
#loc6 = loc("<stdin>":8:10)
#loc7 = loc("<stdin>":10:10)
#loc8 = loc("<stdin>":13:10)
#loc9 = loc("<stdin>":18:10)
#loc10 = loc("<stdin>":21:10)
#loc11 = loc("<stdin>":20:10)
#loc12 = loc("<stdin>":22:10)
#loc13 = loc("<stdin>":24:10)
#loc14 = loc("<stdin>":27:11)
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %cst = arith.constant 0.000000e+00 : f32 loc(#loc2)
    %cst_0 = arith.constant 1.000000e+00 : f32 loc(#loc2)
    %cst_1 = arith.constant 1.000000e+00 : f16 loc(#loc3)
    %cst_2 = arith.constant 3.000000e+00 : f32 loc(#loc2)
    %0 = hal.tensor.import wait(%arg1) => %arg0 : !hal.buffer_view -> tensor<7x3x6xf16> loc(#loc4)
    %1 = iree_tensor_ext.compute_barrier.start %0 : tensor<7x3x6xf16> -> tensor<7x3x6xf16> loc(#loc4)
    %2 = tensor.empty() : tensor<7x3x6xf32> loc(#loc5)
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<7x3x6xf16>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
      %39 = arith.extf %in : f16 to f32 loc(#loc5)
      linalg.yield %39 : f32 loc(#loc5)
    } -> tensor<7x3x6xf32> loc(#loc5)
    %4 = linalg.softmax dimension(2) ins(%3 : tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc5)
    %5 = tensor.empty() : tensor<7x3x6xf16> loc(#loc5)
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<7x3x6xf32>) outs(%5 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":5:10), %out: f16 loc("<stdin>":5:10)):
      %39 = arith.truncf %in : f32 to f16 loc(#loc5)
      linalg.yield %39 : f16 loc(#loc5)
    } -> tensor<7x3x6xf16> loc(#loc5)
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<7x3x6xf16>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":8:10)):
      %39 = arith.extf %in : f16 to f32 loc(#loc6)
      linalg.yield %39 : f32 loc(#loc6)
    } -> tensor<7x3x6xf32> loc(#loc6)
    %8 = linalg.softmax dimension(2) ins(%7 : tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc6)
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<7x3x6xf32>) outs(%5 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":8:10), %out: f16 loc("<stdin>":8:10)):
      %39 = arith.truncf %in : f32 to f16 loc(#loc6)
      linalg.yield %39 : f16 loc(#loc6)
    } -> tensor<7x3x6xf16> loc(#loc6)
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<7x3x6xf16>) outs(%5 : tensor<7x3x6xf16>) {
    ^bb0(%in: f16 loc("<stdin>":8:10), %out: f16 loc("<stdin>":10:10)):
      %39 = math.roundeven %in : f16 loc(#loc7)
      linalg.yield %39 : f16 loc(#loc7)
    } -> tensor<7x3x6xf16> loc(#loc7)
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<7x3x6xf16>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":10:10), %out: f32 loc("<stdin>":13:10)):
      %39 = arith.extf %in : f16 to f32 loc(#loc8)
      linalg.yield %39 : f32 loc(#loc8)
    } -> tensor<7x3x6xf32> loc(#loc8)
    %12 = linalg.softmax dimension(2) ins(%11 : tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc8)
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<7x3x6xf32>) outs(%5 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":13:10), %out: f16 loc("<stdin>":13:10)):
      %39 = arith.truncf %in : f32 to f16 loc(#loc8)
      linalg.yield %39 : f16 loc(#loc8)
    } -> tensor<7x3x6xf16> loc(#loc8)
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<7x3x6xf16>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
      %39 = arith.extf %in : f16 to f32 loc(#loc9)
      linalg.yield %39 : f32 loc(#loc9)
    } -> tensor<7x3x6xf32> loc(#loc9)
    %15 = tensor.empty() : tensor<7x6xf32> loc(#loc9)
    %16 = linalg.fill ins(%cst : f32) outs(%15 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc9)
    %17 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction", "parallel"]} ins(%14 : tensor<7x3x6xf32>) outs(%16 : tensor<7x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %39 = arith.addf %in, %out : f32 loc(#loc9)
      linalg.yield %39 : f32 loc(#loc9)
    } -> tensor<7x6xf32> loc(#loc9)
    %18 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%17 : tensor<7x6xf32>) outs(%15 : tensor<7x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %39 = arith.divf %in, %cst_2 : f32 loc(#loc9)
      linalg.yield %39 : f32 loc(#loc9)
    } -> tensor<7x6xf32> loc(#loc9)
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %18 : tensor<7x3x6xf32>, tensor<7x6xf32>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %in_3: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %39 = arith.subf %in, %in_3 : f32 loc(#loc9)
      linalg.yield %39 : f32 loc(#loc9)
    } -> tensor<7x3x6xf32> loc(#loc9)
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":5:10)):
      %39 = arith.mulf %in, %in : f32 loc(#loc9)
      linalg.yield %39 : f32 loc(#loc9)
    } -> tensor<7x3x6xf32> loc(#loc9)
    %21 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction", "parallel"]} ins(%20 : tensor<7x3x6xf32>) outs(%16 : tensor<7x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %39 = arith.addf %in, %out : f32 loc(#loc9)
      linalg.yield %39 : f32 loc(#loc9)
    } -> tensor<7x6xf32> loc(#loc9)
    %22 = tensor.empty() : tensor<7x6xf16> loc(#loc9)
    %23 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%21 : tensor<7x6xf32>) outs(%22 : tensor<7x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f16 loc("<stdin>":18:10)):
      %39 = arith.truncf %in : f32 to f16 loc(#loc9)
      linalg.yield %39 : f16 loc(#loc9)
    } -> tensor<7x6xf16> loc(#loc9)
    %24 = iree_tensor_ext.compute_barrier.end %23 : tensor<7x6xf16> -> tensor<7x6xf16> loc(#loc9)
    %25 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":20:10), %out: f32 loc("<stdin>":21:10)):
      %39 = arith.negf %in : f32 loc(#loc10)
      %40 = math.exp %39 : f32 loc(#loc10)
      %41 = arith.addf %40, %cst_0 : f32 loc(#loc10)
      %42 = arith.divf %cst_0, %41 : f32 loc(#loc10)
      linalg.yield %42 : f32 loc(#loc10)
    } -> tensor<7x3x6xf32> loc(#loc10)
    %26 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %25 : tensor<7x3x6xf32>, tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":20:10), %in_3: f32 loc("<stdin>":21:10), %out: f32 loc("<stdin>":22:10)):
      %39 = arith.mulf %in, %in_3 : f32 loc(#loc12)
      linalg.yield %39 : f32 loc(#loc12)
    } -> tensor<7x3x6xf32> loc(#loc12)
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<7x3x6xf32>) outs(%5 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":22:10), %out: f16 loc("<stdin>":24:10)):
      %39 = arith.truncf %in : f32 to f16 loc(#loc13)
      linalg.yield %39 : f16 loc(#loc13)
    } -> tensor<7x3x6xf16> loc(#loc13)
    %28 = iree_tensor_ext.compute_barrier.end %27 : tensor<7x3x6xf16> -> tensor<7x3x6xf16> loc(#loc13)
    %29 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<7x3x6xf16>) outs(%2 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":8:10), %out: f32 loc("<stdin>":27:11)):
      %39 = arith.extf %in : f16 to f32 loc(#loc14)
      linalg.yield %39 : f32 loc(#loc14)
    } -> tensor<7x3x6xf32> loc(#loc14)
    %30 = linalg.softmax dimension(2) ins(%29 : tensor<7x3x6xf32>) outs(%2 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc14)
    %31 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<7x3x6xf32>) outs(%5 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":27:11), %out: f16 loc("<stdin>":27:11)):
      %39 = arith.truncf %in : f32 to f16 loc(#loc14)
      linalg.yield %39 : f16 loc(#loc14)
    } -> tensor<7x3x6xf16> loc(#loc14)
    %32 = linalg.fill ins(%cst_1 : f16) outs(%22 : tensor<7x6xf16>) -> tensor<7x6xf16> loc(#loc3)
    %33 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction", "parallel"]} ins(%31 : tensor<7x3x6xf16>) outs(%32 : tensor<7x6xf16>) {
    ^bb0(%in: f16 loc("<stdin>":27:11), %out: f16 loc("<stdin>":31:11)):
      %39 = arith.mulf %in, %out : f16 loc(#loc3)
      linalg.yield %39 : f16 loc(#loc3)
    } -> tensor<7x6xf16> loc(#loc3)
    %34 = iree_tensor_ext.compute_barrier.end %33 : tensor<7x6xf16> -> tensor<7x6xf16> loc(#loc3)
    %35:3 = hal.tensor.barrier join(%24, %28, %34 : tensor<7x6xf16>, tensor<7x3x6xf16>, tensor<7x6xf16>) => %arg2 : !hal.fence loc(#loc1)
    %36 = hal.tensor.export %35#0 : tensor<7x6xf16> -> !hal.buffer_view loc(#loc1)
    %37 = hal.tensor.export %35#1 : tensor<7x3x6xf16> -> !hal.buffer_view loc(#loc1)
    %38 = hal.tensor.export %35#2 : tensor<7x6xf16> -> !hal.buffer_view loc(#loc1)
    util.return %36, %37, %38 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc15)
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
#loc2 = loc(unknown)
#loc4 = loc("<stdin>":2:19)
#loc15 = loc("<stdin>":32:5)
