hal.executable public @main$async_dispatch_5 {
  hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
    hal.executable.export public @main$async_dispatch_5_reduction_7x6x3_f32 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device loc("<stdin>":18:10)) -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":4:6)
      hal.return %x, %y, %z : index, index, index loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":5:6)
    } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":3:4)
    builtin.module {
      func.func @main$async_dispatch_5_reduction_7x6x3_f32() attributes {translation_info = #iree_codegen.translation_info<pipeline = #iree_cpu.pipeline<DoubleTilingExpert>, {enable_loop_peeling}>} {
        %cst = arith.constant 3.000000e+00 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":9:8)
        %cst_0 = arith.constant 0.000000e+00 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":10:8)
        %c0 = arith.constant 0 : index loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":11:8)
        %c512 = arith.constant 512 : index loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":12:8)
        %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":13:8)
        %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c512) flags("ReadOnly|Indirect") : memref<7x6xf32, strided<[6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":14:8)
        %2 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags(Indirect) : memref<7x6xf16, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":15:8)
        %3 = iree_codegen.load_from_buffer %0 : memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> -> tensor<7x3x6xf16> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":16:8)
        %4 = iree_codegen.load_from_buffer %1 : memref<7x6xf32, strided<[6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> -> tensor<7x6xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":17:8)
        %5 = tensor.empty() : tensor<7x6xf16> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":18:8)
        %6 = tensor.empty() : tensor<7x6xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":19:8)
        %7 = linalg.fill {lowering_config = #iree_cpu.lowering_config<vector_common_parallel = [1, 3]>} ins(%cst_0 : f32) outs(%6 : tensor<7x6xf32>) -> tensor<7x6xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":21:8)
        %8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3, %4 : tensor<7x3x6xf16>, tensor<7x6xf32>) outs(%7 : tensor<7x6xf32>) attrs =  {lowering_config = #iree_cpu.lowering_config<distribution = [1, 3, 0], vector_common_parallel = [1, 3, 0], vector_reduction = [0, 0, 1]>} {
        ^bb0(%in: f16 loc("<stdin>":13:10), %in_1: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
          %10 = arith.extf %in : f16 to f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":24:10)
          %11 = arith.divf %in_1, %cst : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":29:10)
          %12 = arith.subf %10, %11 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":30:10)
          %13 = arith.mulf %12, %12 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":31:10)
          %14 = arith.addf %13, %out : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":32:10)
          linalg.yield %14 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":27:8)
        } -> tensor<7x6xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":27:8)
        %9 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<7x6xf32>) outs(%5 : tensor<7x6xf16>) attrs =  {lowering_config = #iree_cpu.lowering_config<vector_common_parallel = [1, 3]>} {
        ^bb0(%in: f32 loc("<stdin>":18:10), %out: f16 loc("<stdin>":18:10)):
          %10 = arith.truncf %in : f32 to f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":37:10)
          linalg.yield %10 : f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":38:10)
        } -> tensor<7x6xf16> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":35:8)
        iree_codegen.store_to_buffer %9, %2 : tensor<7x6xf16> into memref<7x6xf16, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":40:8)
        return loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":41:8)
      } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":8:6)
      iree_codegen.dispatch_config @main$async_dispatch_5_reduction_7x6x3_f32 {
      ^bb0(%arg0: !hal.device loc("<stdin>":18:10)):
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":4:6)
        iree_codegen.yield %x, %y, %z : index, index, index loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":5:6)
      } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":8:6)
    } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":7:4)
  } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":2:2)
} loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":1:0)
