hal.executable public @main$async_dispatch_3 {
  hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
    hal.executable.export public @main$async_dispatch_3_elementwise ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device loc("<stdin>":18:10)) -> (index, index, index) {
      %c1 = arith.constant 1 : index loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":4:6)
      hal.return %c1, %c1, %c1 : index, index, index loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":5:6)
    } loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":3:4)
    builtin.module {
      func.func @main$async_dispatch_3_elementwise() attributes {translation_info = #iree_codegen.translation_info<pipeline = #iree_cpu.pipeline<Default>>} {
        %cst = arith.constant 0.000000e+00 : f16 loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":9:8)
        %c0 = arith.constant 0 : index loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":10:8)
        %c192 = arith.constant 192 : index loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":11:8)
        %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<f16, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":12:8)
        %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c192) flags(Indirect) : memref<f16, strided<[], offset: ?>, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":13:8)
        %2 = iree_codegen.load_from_buffer %0 : memref<f16, #hal.descriptor_type<storage_buffer>> -> tensor<f16> loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":14:8)
        %3 = tensor.empty() : tensor<f16> loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":15:8)
        %4 = linalg.generic {indexing_maps = [affine_map<() -> ()>, affine_map<() -> ()>], iterator_types = []} ins(%2 : tensor<f16>) outs(%3 : tensor<f16>) attrs =  {lowering_config = #iree_cpu.lowering_config<distribution = []>} {
        ^bb0(%in: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":6:10)):
          %5 = arith.addf %in, %cst : f16 loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":18:10)
          linalg.yield %5 : f16 loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":19:10)
        } -> tensor<f16> loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":16:8)
        iree_codegen.store_to_buffer %4, %1 : tensor<f16> into memref<f16, strided<[], offset: ?>, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":21:8)
        return loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":22:8)
      } loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":8:6)
      iree_codegen.dispatch_config @main$async_dispatch_3_elementwise {
      ^bb0(%arg0: !hal.device loc("<stdin>":18:10)):
        %c1 = arith.constant 1 : index loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":4:6)
        iree_codegen.yield %c1, %c1, %c1 : index, index, index loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":5:6)
      } loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":8:6)
    } loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":7:4)
  } loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":2:2)
} loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/module_main$async_dispatch_3.mlir":1:0)
