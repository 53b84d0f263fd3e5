#config = #iree_cpu.lowering_config<vector_common_parallel = [1, 1]>
#config1 = #iree_cpu.lowering_config<vector_common_parallel = [1, 1, 0], vector_reduction = [0, 0, 8]>
#config2 = #iree_cpu.lowering_config<distribution = [1, 1, 0], vector_common_parallel = [1, 1, 0], vector_reduction = [0, 0, 16]>
#config3 = #iree_cpu.lowering_config<vector_common_parallel = [1, 1, 0], vector_inner_parallel = [0, 0, 8]>
#config4 = #iree_cpu.lowering_config<distribution = [126], vector_common_parallel = [8]>
#config5 = #iree_cpu.lowering_config<distribution = [1, 1, 0], vector_common_parallel = [1, 1, 0], vector_reduction = [0, 0, 8]>
#config6 = #iree_cpu.lowering_config<vector_common_parallel = [1, 4]>
#config7 = #iree_cpu.lowering_config<distribution = [1, 3, 0], vector_common_parallel = [1, 4, 0], vector_reduction = [0, 0, 1]>
#config8 = #iree_cpu.lowering_config<vector_common_parallel = [1, 3]>
#config9 = #iree_cpu.lowering_config<distribution = [1, 3, 0], vector_common_parallel = [1, 3, 0], vector_reduction = [0, 0, 1]>
#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc4 = loc("<stdin>":5:10)
#loc23 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":27:8)
#loc29 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":19:8)
#loc36 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":20:8)
#loc51 = loc("<stdin>":13:10)
#loc89 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":13:8)
#loc90 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8)
#loc100 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":14:8)
#loc114 = loc("<stdin>":18:10)
#loc173 = loc("<stdin>":24:10)
#loc202 = loc("<stdin>":31:11)
#loc216 = loc("<stdin>":27:11)
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d2, d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#pipeline_layout = #hal.pipeline.layout<constants = 2, bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>
#pipeline_layout1 = #hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>
#translation = #iree_codegen.translation_info<pipeline = #iree_cpu.pipeline<DoubleTilingExpert>>
#translation1 = #iree_codegen.translation_info<pipeline = #iree_cpu.pipeline<DoubleTilingExpert>, {enable_loop_peeling}>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  hal.executable private @main$async_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_0_softmax_7x3x6xf32_generic ordinal(0) layout(#pipeline_layout) count(%arg0: !hal.device loc("<stdin>":5:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc5)
        hal.return %x, %y, %z : index, index, index loc(#loc6)
      } loc(#loc3)
      builtin.module {
        func.func @main$async_dispatch_0_softmax_7x3x6xf32_generic() attributes {translation_info = #translation} {
          %cst = arith.constant 0.000000e+00 : f32 loc(#loc9)
          %cst_0 = arith.constant 0xFFC00000 : f32 loc(#loc10)
          %0 = hal.interface.constant.load layout(#pipeline_layout) ordinal(0) : i32 loc(#loc11)
          %1 = hal.interface.constant.load layout(#pipeline_layout) ordinal(1) : i32 loc(#loc12)
          %2 = arith.index_castui %0 : i32 to index loc(#loc13)
          %3 = arith.index_castui %1 : i32 to index loc(#loc14)
          %4:2 = util.assume.int 
              %2[<umin = 0, umax = 0>, <umin = 0, umax = 0>, <umin = 256, umax = 256, udiv = 256>], 
              %3[<umin = 0, umax = 0>, <umin = 256, umax = 256, udiv = 256>, <umin = 704, umax = 704, udiv = 704>]
            : index, index loc(#loc15)
          %5 = hal.interface.binding.subspan layout(#pipeline_layout) binding(0) alignment(64) offset(%4#0) flags("ReadOnly|Indirect") : memref<7x3x6xf16, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc16)
          %6 = hal.interface.binding.subspan layout(#pipeline_layout) binding(1) alignment(64) offset(%4#1) flags(Indirect) : memref<7x3x6xf16, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc17)
          %7 = iree_codegen.load_from_buffer %5 : memref<7x3x6xf16, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> -> tensor<7x3x6xf16> loc(#loc18)
          %8 = tensor.empty() : tensor<7x3x6xf16> loc(#loc19)
          %9 = tensor.empty() : tensor<7x3xf32> loc(#loc20)
          %10 = linalg.fill {lowering_config = #config} ins(%cst_0 : f32) outs(%9 : tensor<7x3xf32>) -> tensor<7x3xf32> loc(#loc21)
          %11 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<7x3x6xf16>) outs(%10 : tensor<7x3xf32>) attrs =  {lowering_config = #config1} {
          ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":27:8)):
            %15 = arith.extf %in : f16 to f32 loc(#loc24)
            %16 = arith.maxnumf %15, %out : f32 loc(#loc25)
            linalg.yield %16 : f32 loc(#loc26)
          } -> tensor<7x3xf32> loc(#loc22)
          %12 = linalg.fill {lowering_config = #config} ins(%cst : f32) outs(%9 : tensor<7x3xf32>) -> tensor<7x3xf32> loc(#loc27)
          %13 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7, %11 : tensor<7x3x6xf16>, tensor<7x3xf32>) outs(%12 : tensor<7x3xf32>) attrs =  {lowering_config = #config2} {
          ^bb0(%in: f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":19:8), %in_1: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":27:8), %out: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":27:8)):
            %15 = arith.extf %in : f16 to f32 loc(#loc30)
            %16 = arith.subf %15, %in_1 : f32 loc(#loc31)
            %17 = math.exp %16 : f32 loc(#loc32)
            %18 = arith.addf %17, %out : f32 loc(#loc33)
            linalg.yield %18 : f32 loc(#loc34)
          } -> tensor<7x3xf32> loc(#loc28)
          %14 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %11, %13 : tensor<7x3x6xf16>, tensor<7x3xf32>, tensor<7x3xf32>) outs(%8 : tensor<7x3x6xf16>) attrs =  {lowering_config = #config3} {
          ^bb0(%in: f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":19:8), %in_1: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":27:8), %in_2: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":27:8), %out: f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":20:8)):
            %15 = arith.extf %in : f16 to f32 loc(#loc37)
            %16 = arith.subf %15, %in_1 : f32 loc(#loc38)
            %17 = math.exp %16 : f32 loc(#loc39)
            %18 = arith.divf %17, %in_2 : f32 loc(#loc40)
            %19 = arith.truncf %18 : f32 to f16 loc(#loc41)
            linalg.yield %19 : f16 loc(#loc42)
          } -> tensor<7x3x6xf16> loc(#loc35)
          iree_codegen.store_to_buffer %14, %6 : tensor<7x3x6xf16> into memref<7x3x6xf16, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc43)
          return loc(#loc44)
        } loc(#loc8)
        iree_codegen.dispatch_config @main$async_dispatch_0_softmax_7x3x6xf32_generic {
        ^bb0(%arg0: !hal.device loc("<stdin>":5:10)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc46)
          iree_codegen.yield %x, %y, %z : index, index, index loc(#loc47)
        } loc(#loc45)
      } loc(#loc7)
    } loc(#loc2)
  } loc(#loc1)
  hal.executable private @main$async_dispatch_2 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_2_elementwise_126_f16xf32 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":13:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc52)
        hal.return %x, %y, %z : index, index, index loc(#loc53)
      } loc(#loc50)
      builtin.module {
        func.func @main$async_dispatch_2_elementwise_126_f16xf32() attributes {translation_info = #translation} {
          %c256 = arith.constant 256 : index loc(#loc56)
          %c512 = arith.constant 512 : index loc(#loc57)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c256) flags("ReadOnly|Indirect") : memref<126xf16, strided<[1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc58)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c512) flags(Indirect) : memref<126xf32, strided<[1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc59)
          %2 = iree_codegen.load_from_buffer %0 : memref<126xf16, strided<[1], offset: ?>, #hal.descriptor_type<storage_buffer>> -> tensor<126xf16> loc(#loc60)
          %3 = tensor.empty() : tensor<126xf32> loc(#loc61)
          %4 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%2 : tensor<126xf16>) outs(%3 : tensor<126xf32>) attrs =  {lowering_config = #config4} {
          ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
            %5 = math.roundeven %in : f16 loc(#loc63)
            %6 = arith.extf %5 : f16 to f32 loc(#loc64)
            linalg.yield %6 : f32 loc(#loc65)
          } -> tensor<126xf32> loc(#loc62)
          iree_codegen.store_to_buffer %4, %1 : tensor<126xf32> into memref<126xf32, strided<[1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc66)
          return loc(#loc67)
        } loc(#loc55)
        iree_codegen.dispatch_config @main$async_dispatch_2_elementwise_126_f16xf32 {
        ^bb0(%arg0: !hal.device loc("<stdin>":13:10)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc69)
          iree_codegen.yield %x, %y, %z : index, index, index loc(#loc70)
        } loc(#loc68)
      } loc(#loc54)
    } loc(#loc49)
  } loc(#loc48)
  hal.executable private @main$async_dispatch_3 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_3_softmax_7x3x6xf32_generic ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":13:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc74)
        hal.return %x, %y, %z : index, index, index loc(#loc75)
      } loc(#loc73)
      builtin.module {
        func.func @main$async_dispatch_3_softmax_7x3x6xf32_generic() attributes {translation_info = #translation} {
          %cst = arith.constant 0.000000e+00 : f32 loc(#loc78)
          %cst_0 = arith.constant 0xFFC00000 : f32 loc(#loc79)
          %c512 = arith.constant 512 : index loc(#loc80)
          %c0 = arith.constant 0 : index loc(#loc81)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c512) flags("ReadOnly|Indirect") : memref<7x3x6xf32, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc82)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c0) flags(Indirect) : memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> loc(#loc83)
          %2 = iree_codegen.load_from_buffer %0 : memref<7x3x6xf32, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> -> tensor<7x3x6xf32> loc(#loc84)
          %3 = tensor.empty() : tensor<7x3x6xf16> loc(#loc85)
          %4 = tensor.empty() : tensor<7x3xf32> loc(#loc86)
          %5 = linalg.fill {lowering_config = #config} ins(%cst_0 : f32) outs(%4 : tensor<7x3xf32>) -> tensor<7x3xf32> loc(#loc87)
          %6 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<7x3x6xf32>) outs(%5 : tensor<7x3xf32>) attrs =  {lowering_config = #config1} {
          ^bb0(%in: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":13:8), %out: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8)):
            %10 = arith.maxnumf %in, %out : f32 loc(#loc91)
            linalg.yield %10 : f32 loc(#loc92)
          } -> tensor<7x3xf32> loc(#loc88)
          %7 = linalg.fill {lowering_config = #config} ins(%cst : f32) outs(%4 : tensor<7x3xf32>) -> tensor<7x3xf32> loc(#loc93)
          %8 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2, %6 : tensor<7x3x6xf32>, tensor<7x3xf32>) outs(%7 : tensor<7x3xf32>) attrs =  {lowering_config = #config5} {
          ^bb0(%in: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":13:8), %in_1: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8), %out: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8)):
            %10 = arith.subf %in, %in_1 : f32 loc(#loc95)
            %11 = math.exp %10 : f32 loc(#loc96)
            %12 = arith.addf %11, %out : f32 loc(#loc97)
            linalg.yield %12 : f32 loc(#loc98)
          } -> tensor<7x3xf32> loc(#loc94)
          %9 = linalg.generic {indexing_maps = [#map, #map1, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %6, %8 : tensor<7x3x6xf32>, tensor<7x3xf32>, tensor<7x3xf32>) outs(%3 : tensor<7x3x6xf16>) attrs =  {lowering_config = #config3} {
          ^bb0(%in: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":13:8), %in_1: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8), %in_2: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8), %out: f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":14:8)):
            %10 = arith.subf %in, %in_1 : f32 loc(#loc101)
            %11 = math.exp %10 : f32 loc(#loc102)
            %12 = arith.divf %11, %in_2 : f32 loc(#loc103)
            %13 = arith.truncf %12 : f32 to f16 loc(#loc104)
            linalg.yield %13 : f16 loc(#loc105)
          } -> tensor<7x3x6xf16> loc(#loc99)
          iree_codegen.store_to_buffer %9, %1 : tensor<7x3x6xf16> into memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> loc(#loc106)
          return loc(#loc107)
        } loc(#loc77)
        iree_codegen.dispatch_config @main$async_dispatch_3_softmax_7x3x6xf32_generic {
        ^bb0(%arg0: !hal.device loc("<stdin>":13:10)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc109)
          iree_codegen.yield %x, %y, %z : index, index, index loc(#loc110)
        } loc(#loc108)
      } loc(#loc76)
    } loc(#loc72)
  } loc(#loc71)
  hal.executable private @main$async_dispatch_4 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_4_reduction_7x6x3_f32 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":18:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc115)
        hal.return %x, %y, %z : index, index, index loc(#loc116)
      } loc(#loc113)
      builtin.module {
        func.func @main$async_dispatch_4_reduction_7x6x3_f32() attributes {translation_info = #translation} {
          %cst = arith.constant 0.000000e+00 : f32 loc(#loc119)
          %c0 = arith.constant 0 : index loc(#loc120)
          %c512 = arith.constant 512 : index loc(#loc121)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> loc(#loc122)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c512) flags(Indirect) : memref<7x6xf32, strided<[6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc123)
          %2 = iree_codegen.load_from_buffer %0 : memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> -> tensor<7x3x6xf16> loc(#loc124)
          %3 = tensor.empty() : tensor<7x6xf32> loc(#loc125)
          %4 = linalg.fill {lowering_config = #config6} ins(%cst : f32) outs(%3 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc126)
          %5 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<7x3x6xf16>) outs(%4 : tensor<7x6xf32>) attrs =  {lowering_config = #config7} {
          ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
            %6 = arith.extf %in : f16 to f32 loc(#loc128)
            %7 = arith.addf %6, %out : f32 loc(#loc129)
            linalg.yield %7 : f32 loc(#loc130)
          } -> tensor<7x6xf32> loc(#loc127)
          iree_codegen.store_to_buffer %5, %1 : tensor<7x6xf32> into memref<7x6xf32, strided<[6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc131)
          return loc(#loc132)
        } loc(#loc118)
        iree_codegen.dispatch_config @main$async_dispatch_4_reduction_7x6x3_f32 {
        ^bb0(%arg0: !hal.device loc("<stdin>":18:10)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc134)
          iree_codegen.yield %x, %y, %z : index, index, index loc(#loc135)
        } loc(#loc133)
      } loc(#loc117)
    } loc(#loc112)
  } loc(#loc111)
  hal.executable private @main$async_dispatch_5 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_5_reduction_7x6x3_f32 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":18:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc139)
        hal.return %x, %y, %z : index, index, index loc(#loc140)
      } loc(#loc138)
      builtin.module {
        func.func @main$async_dispatch_5_reduction_7x6x3_f32() attributes {translation_info = #translation1} {
          %cst = arith.constant 3.000000e+00 : f32 loc(#loc143)
          %cst_0 = arith.constant 0.000000e+00 : f32 loc(#loc144)
          %c0 = arith.constant 0 : index loc(#loc145)
          %c512 = arith.constant 512 : index loc(#loc146)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> loc(#loc147)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c512) flags("ReadOnly|Indirect") : memref<7x6xf32, strided<[6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc148)
          %2 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c0) flags(Indirect) : memref<7x6xf16, #hal.descriptor_type<storage_buffer>> loc(#loc149)
          %3 = iree_codegen.load_from_buffer %0 : memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> -> tensor<7x3x6xf16> loc(#loc150)
          %4 = iree_codegen.load_from_buffer %1 : memref<7x6xf32, strided<[6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> -> tensor<7x6xf32> loc(#loc151)
          %5 = tensor.empty() : tensor<7x6xf16> loc(#loc152)
          %6 = tensor.empty() : tensor<7x6xf32> loc(#loc153)
          %7 = linalg.fill {lowering_config = #config8} ins(%cst_0 : f32) outs(%6 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc154)
          %8 = linalg.generic {indexing_maps = [#map3, #map1, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<7x3x6xf16>, tensor<7x6xf32>) outs(%7 : tensor<7x6xf32>) attrs =  {lowering_config = #config9} {
          ^bb0(%in: f16 loc("<stdin>":13:10), %in_1: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
            %10 = arith.extf %in : f16 to f32 loc(#loc156)
            %11 = arith.divf %in_1, %cst : f32 loc(#loc157)
            %12 = arith.subf %10, %11 : f32 loc(#loc158)
            %13 = arith.mulf %12, %12 : f32 loc(#loc159)
            %14 = arith.addf %13, %out : f32 loc(#loc160)
            linalg.yield %14 : f32 loc(#loc161)
          } -> tensor<7x6xf32> loc(#loc155)
          %9 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<7x6xf32>) outs(%5 : tensor<7x6xf16>) attrs =  {lowering_config = #config8} {
          ^bb0(%in: f32 loc("<stdin>":18:10), %out: f16 loc("<stdin>":18:10)):
            %10 = arith.truncf %in : f32 to f16 loc(#loc163)
            linalg.yield %10 : f16 loc(#loc164)
          } -> tensor<7x6xf16> loc(#loc162)
          iree_codegen.store_to_buffer %9, %2 : tensor<7x6xf16> into memref<7x6xf16, #hal.descriptor_type<storage_buffer>> loc(#loc165)
          return loc(#loc166)
        } loc(#loc142)
        iree_codegen.dispatch_config @main$async_dispatch_5_reduction_7x6x3_f32 {
        ^bb0(%arg0: !hal.device loc("<stdin>":18:10)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc168)
          iree_codegen.yield %x, %y, %z : index, index, index loc(#loc169)
        } loc(#loc167)
      } loc(#loc141)
    } loc(#loc137)
  } loc(#loc136)
  hal.executable private @main$async_dispatch_6 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_6_elementwise_126_f32xf16 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":24:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc174)
        hal.return %x, %y, %z : index, index, index loc(#loc175)
      } loc(#loc172)
      builtin.module {
        func.func @main$async_dispatch_6_elementwise_126_f32xf16() attributes {translation_info = #translation1} {
          %cst = arith.constant 1.000000e+00 : f32 loc(#loc178)
          %c0 = arith.constant 0 : index loc(#loc179)
          %c128 = arith.constant 128 : index loc(#loc180)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<126xf16, #hal.descriptor_type<storage_buffer>> loc(#loc181)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c128) flags(Indirect) : memref<126xf16, strided<[1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc182)
          %2 = iree_codegen.load_from_buffer %0 : memref<126xf16, #hal.descriptor_type<storage_buffer>> -> tensor<126xf16> loc(#loc183)
          %3 = tensor.empty() : tensor<126xf16> loc(#loc184)
          %4 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%2 : tensor<126xf16>) outs(%3 : tensor<126xf16>) attrs =  {lowering_config = #config4} {
          ^bb0(%in: f16 loc("<stdin>":18:10), %out: f16 loc("<stdin>":24:10)):
            %5 = arith.extf %in : f16 to f32 loc(#loc186)
            %6 = arith.negf %5 : f32 loc(#loc187)
            %7 = math.exp %6 : f32 loc(#loc188)
            %8 = arith.addf %7, %cst : f32 loc(#loc189)
            %9 = arith.divf %cst, %8 : f32 loc(#loc190)
            %10 = arith.mulf %5, %9 : f32 loc(#loc191)
            %11 = arith.truncf %10 : f32 to f16 loc(#loc192)
            linalg.yield %11 : f16 loc(#loc193)
          } -> tensor<126xf16> loc(#loc185)
          iree_codegen.store_to_buffer %4, %1 : tensor<126xf16> into memref<126xf16, strided<[1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc194)
          return loc(#loc195)
        } loc(#loc177)
        iree_codegen.dispatch_config @main$async_dispatch_6_elementwise_126_f32xf16 {
        ^bb0(%arg0: !hal.device loc("<stdin>":24:10)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc197)
          iree_codegen.yield %x, %y, %z : index, index, index loc(#loc198)
        } loc(#loc196)
      } loc(#loc176)
    } loc(#loc171)
  } loc(#loc170)
  hal.executable private @main$async_dispatch_8 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_8_reduction_7x6x3_f16 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":31:11)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc203)
        hal.return %x, %y, %z : index, index, index loc(#loc204)
      } loc(#loc201)
      builtin.module {
        func.func @main$async_dispatch_8_reduction_7x6x3_f16() attributes {translation_info = #translation} {
          %cst = arith.constant 1.000000e+00 : f16 loc(#loc207)
          %c704 = arith.constant 704 : index loc(#loc208)
          %c384 = arith.constant 384 : index loc(#loc209)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c704) flags("ReadOnly|Indirect") : memref<7x3x6xf16, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc210)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c384) flags(Indirect) : memref<7x6xf16, strided<[6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc211)
          %2 = iree_codegen.load_from_buffer %0 : memref<7x3x6xf16, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> -> tensor<7x3x6xf16> loc(#loc212)
          %3 = tensor.empty() : tensor<7x6xf16> loc(#loc213)
          %4 = linalg.fill {lowering_config = #config6} ins(%cst : f16) outs(%3 : tensor<7x6xf16>) -> tensor<7x6xf16> loc(#loc214)
          %5 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<7x3x6xf16>) outs(%4 : tensor<7x6xf16>) attrs =  {lowering_config = #config7} {
          ^bb0(%in: f16 loc("<stdin>":27:11), %out: f16 loc("<stdin>":31:11)):
            %6 = arith.mulf %in, %out : f16 loc(#loc217)
            linalg.yield %6 : f16 loc(#loc218)
          } -> tensor<7x6xf16> loc(#loc215)
          iree_codegen.store_to_buffer %5, %1 : tensor<7x6xf16> into memref<7x6xf16, strided<[6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc219)
          return loc(#loc220)
        } loc(#loc206)
        iree_codegen.dispatch_config @main$async_dispatch_8_reduction_7x6x3_f16 {
        ^bb0(%arg0: !hal.device loc("<stdin>":31:11)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc222)
          iree_codegen.yield %x, %y, %z : index, index, index loc(#loc223)
        } loc(#loc221)
      } loc(#loc205)
    } loc(#loc200)
  } loc(#loc199)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %c704_i32 = arith.constant 704 : i32 loc(#loc225)
    %c256_i32 = arith.constant 256 : i32 loc(#loc225)
    %c0_i32 = arith.constant 0 : i32 loc(#loc225)
    %c0 = arith.constant 0 : index loc(#loc225)
    %c1024 = arith.constant 1024 : index loc(#loc225)
    %c512 = arith.constant 512 : index loc(#loc225)
    %c384 = arith.constant 384 : index loc(#loc225)
    %c128 = arith.constant 128 : index loc(#loc225)
    %c84 = arith.constant 84 : index loc(#loc114)
    %c252 = arith.constant 252 : index loc(#loc225)
    %c6 = arith.constant 6 : index loc(#loc226)
    %c3 = arith.constant 3 : index loc(#loc226)
    %c7 = arith.constant 7 : index loc(#loc226)
    %element_type_f16 = hal.element_type<f16> : i32 loc(#loc226)
    %dense_row_major = hal.encoding_type<dense_row_major> : i32 loc(#loc226)
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("tensor") shape([%c7, %c3, %c6]) type(%element_type_f16) encoding(%dense_row_major) loc(#loc226)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<7x3x6xf16> in !stream.resource<external>{%c252} loc(#loc226)
    %1 = stream.timepoint.import on(#hal.device.affinity<@__device_0>) %arg1 : (!hal.fence) => !stream.timepoint loc(#loc226)
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<external>{%c512} => !stream.timepoint loc(#loc229)
    %2 = stream.resource.subview %result[%c0] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c84} loc(#loc230)
    %3 = stream.resource.subview %result[%c128] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c252} loc(#loc230)
    %4 = stream.resource.subview %result[%c384] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c84} loc(#loc202)
    %result_0, %result_timepoint_1 = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<transient>{%c1024} => !stream.timepoint loc(#loc231)
    %5 = stream.timepoint.join max(%result_timepoint, %result_timepoint_1) => !stream.timepoint loc(#loc232)
    %6 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%5) => with(%0 as %arg3: !stream.resource<external>{%c252}, %result as %arg4: !stream.resource<external>{%c512}, %result_0 as %arg5: !stream.resource<transient>{%c1024}) {
      stream.cmd.dispatch @main$async_dispatch_0::@embedded_elf_x86_64::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c0_i32, %c0_i32 : i32, i32) {
        ro %arg3[%c0 for %c252] : !stream.resource<external>{%c252},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc4)
      stream.cmd.dispatch @main$async_dispatch_0::@embedded_elf_x86_64::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c0_i32, %c256_i32 : i32, i32) {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc227)
      stream.cmd.dispatch @main$async_dispatch_2::@embedded_elf_x86_64::@main$async_dispatch_2_elementwise_126_f16xf32 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc51)
      stream.cmd.dispatch @main$async_dispatch_3::@embedded_elf_x86_64::@main$async_dispatch_3_softmax_7x3x6xf32_generic {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc51)
      stream.cmd.dispatch @main$async_dispatch_4::@embedded_elf_x86_64::@main$async_dispatch_4_reduction_7x6x3_f32 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc114)
      stream.cmd.concurrent {
        stream.cmd.dispatch @main$async_dispatch_5::@embedded_elf_x86_64::@main$async_dispatch_5_reduction_7x6x3_f32 {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
        } loc(#loc114)
        stream.cmd.dispatch @main$async_dispatch_6::@embedded_elf_x86_64::@main$async_dispatch_6_elementwise_126_f32xf16 {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
        } loc(#loc173)
        stream.cmd.dispatch @main$async_dispatch_0::@embedded_elf_x86_64::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c256_i32, %c704_i32 : i32, i32) {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
        } loc(#loc216)
      } loc(#loc230)
      stream.cmd.dispatch @main$async_dispatch_8::@embedded_elf_x86_64::@main$async_dispatch_8_reduction_7x6x3_f16 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
      } loc(#loc202)
    } => !stream.timepoint loc(#loc232)
    %7 = stream.resource.dealloca on(#hal.device.affinity<@__device_0>) await(%6) => %result_0 : !stream.resource<transient>{%c1024} => !stream.timepoint loc(#loc231)
    stream.timepoint.chain_external on(#hal.device.affinity<@__device_0>) %7 => (%arg2 : !hal.fence) loc(#loc224)
    %8 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %2 : tensor<7x6xf16> in !stream.resource<external>{%c84} -> !hal.buffer_view loc(#loc224)
    %9 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<7x3x6xf16> in !stream.resource<external>{%c252} -> !hal.buffer_view loc(#loc224)
    %10 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<7x6xf16> in !stream.resource<external>{%c84} -> !hal.buffer_view loc(#loc224)
    util.return %8, %9, %10 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc228)
  } loc(#loc224)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc224)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc224)
    %c0 = arith.constant 0 : index loc(#loc224)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc224)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc224)
    %1:3 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc224)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc224)
    util.return %1#0, %1#1, %1#2 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc224)
  } loc(#loc224)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc1 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":1:0)
#loc2 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":2:2)
#loc3 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":3:4)
#loc5 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":4:6)
#loc6 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":5:6)
#loc7 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":7:4)
#loc8 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":8:6)
#loc9 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":9:8)
#loc10 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":10:8)
#loc11 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":11:8)
#loc12 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":12:8)
#loc13 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":13:8)
#loc14 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":14:8)
#loc15 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":15:8)
#loc16 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":19:8)
#loc17 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":20:8)
#loc18 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":21:8)
#loc19 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":22:8)
#loc20 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":23:8)
#loc21 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":24:8)
#loc22 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":25:8)
#loc24 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":27:10)
#loc25 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":28:10)
#loc26 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":29:10)
#loc27 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":31:8)
#loc28 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":32:8)
#loc30 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":34:10)
#loc31 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":35:10)
#loc32 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":36:10)
#loc33 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":37:10)
#loc34 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":38:10)
#loc35 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":40:8)
#loc37 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":42:10)
#loc38 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":43:10)
#loc39 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":44:10)
#loc40 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":45:10)
#loc41 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":46:10)
#loc42 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":47:10)
#loc43 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":49:8)
#loc44 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":50:8)
#loc45 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":52:6)
#loc46 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":54:8)
#loc47 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir":55:8)
#loc48 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":1:0)
#loc49 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":2:2)
#loc50 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":3:4)
#loc52 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":4:6)
#loc53 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":5:6)
#loc54 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":7:4)
#loc55 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":8:6)
#loc56 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":9:8)
#loc57 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":10:8)
#loc58 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":11:8)
#loc59 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":12:8)
#loc60 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":13:8)
#loc61 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":14:8)
#loc62 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":15:8)
#loc63 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":17:10)
#loc64 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":18:10)
#loc65 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":19:10)
#loc66 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":21:8)
#loc67 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":22:8)
#loc68 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":24:6)
#loc69 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":26:8)
#loc70 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir":27:8)
#loc71 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":1:0)
#loc72 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":2:2)
#loc73 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":3:4)
#loc74 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":4:6)
#loc75 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":5:6)
#loc76 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":7:4)
#loc77 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":8:6)
#loc78 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":9:8)
#loc79 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":10:8)
#loc80 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":11:8)
#loc81 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":12:8)
#loc82 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":13:8)
#loc83 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":14:8)
#loc84 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":15:8)
#loc85 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":16:8)
#loc86 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":17:8)
#loc87 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":18:8)
#loc88 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":19:8)
#loc91 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":21:10)
#loc92 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":22:10)
#loc93 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":24:8)
#loc94 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":25:8)
#loc95 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":27:10)
#loc96 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":28:10)
#loc97 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":29:10)
#loc98 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":30:10)
#loc99 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":32:8)
#loc101 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":34:10)
#loc102 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":35:10)
#loc103 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":36:10)
#loc104 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":37:10)
#loc105 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":38:10)
#loc106 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":40:8)
#loc107 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":41:8)
#loc108 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":43:6)
#loc109 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":45:8)
#loc110 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":46:8)
#loc111 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":1:0)
#loc112 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":2:2)
#loc113 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":3:4)
#loc115 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":4:6)
#loc116 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":5:6)
#loc117 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":7:4)
#loc118 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":8:6)
#loc119 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":9:8)
#loc120 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":10:8)
#loc121 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":11:8)
#loc122 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":12:8)
#loc123 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":13:8)
#loc124 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":14:8)
#loc125 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":15:8)
#loc126 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":16:8)
#loc127 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":17:8)
#loc128 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":19:10)
#loc129 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":20:10)
#loc130 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":21:10)
#loc131 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":23:8)
#loc132 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":24:8)
#loc133 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":26:6)
#loc134 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":28:8)
#loc135 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir":29:8)
#loc136 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":1:0)
#loc137 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":2:2)
#loc138 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":3:4)
#loc139 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":4:6)
#loc140 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":5:6)
#loc141 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":7:4)
#loc142 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":8:6)
#loc143 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":9:8)
#loc144 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":10:8)
#loc145 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":11:8)
#loc146 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":12:8)
#loc147 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":13:8)
#loc148 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":14:8)
#loc149 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":15:8)
#loc150 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":16:8)
#loc151 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":17:8)
#loc152 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":18:8)
#loc153 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":19:8)
#loc154 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":20:8)
#loc155 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":21:8)
#loc156 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":23:10)
#loc157 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":24:10)
#loc158 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":25:10)
#loc159 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":26:10)
#loc160 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":27:10)
#loc161 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":28:10)
#loc162 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":30:8)
#loc163 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":32:10)
#loc164 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":33:10)
#loc165 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":35:8)
#loc166 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":36:8)
#loc167 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":38:6)
#loc168 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":40:8)
#loc169 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir":41:8)
#loc170 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":1:0)
#loc171 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":2:2)
#loc172 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":3:4)
#loc174 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":4:6)
#loc175 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":5:6)
#loc176 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":7:4)
#loc177 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":8:6)
#loc178 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":9:8)
#loc179 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":10:8)
#loc180 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":11:8)
#loc181 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":12:8)
#loc182 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":13:8)
#loc183 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":14:8)
#loc184 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":15:8)
#loc185 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":16:8)
#loc186 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":18:10)
#loc187 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":19:10)
#loc188 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":20:10)
#loc189 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":21:10)
#loc190 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":22:10)
#loc191 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":23:10)
#loc192 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":24:10)
#loc193 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":25:10)
#loc194 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":27:8)
#loc195 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":28:8)
#loc196 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":30:6)
#loc197 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":32:8)
#loc198 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir":33:8)
#loc199 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":1:0)
#loc200 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":2:2)
#loc201 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":3:4)
#loc203 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":4:6)
#loc204 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":5:6)
#loc205 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":7:4)
#loc206 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":8:6)
#loc207 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":9:8)
#loc208 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":10:8)
#loc209 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":11:8)
#loc210 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":12:8)
#loc211 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":13:8)
#loc212 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":14:8)
#loc213 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":15:8)
#loc214 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":16:8)
#loc215 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":17:8)
#loc217 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":19:10)
#loc218 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":20:10)
#loc219 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":22:8)
#loc220 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":23:8)
#loc221 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":25:6)
#loc222 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":27:8)
#loc223 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir":28:8)
#loc224 = loc("<stdin>":2:3)
#loc225 = loc(unknown)
#loc226 = loc("<stdin>":2:19)
#loc227 = loc("<stdin>":8:10)
#loc228 = loc("<stdin>":32:5)
#loc229 = loc(fused[#loc216, #loc173, #loc114, #loc202])
#loc230 = loc(fused[#loc216, #loc173, #loc114])
#loc231 = loc(fused[#loc4, #loc227, #loc51, #loc114, #loc216, #loc173])
#loc232 = loc(fused[#loc202, #loc216, #loc173, #loc114, #loc51, #loc227, #loc4])
