hal.executable public @main$async_dispatch_8 {
  hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
    hal.executable.export public @main$async_dispatch_8_reduction_7x6x3_f16 ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device loc("<stdin>":31:11)) -> (index, index, index) {
      %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc("<stdin>":31:11)
      hal.return %x, %y, %z : index, index, index loc("<stdin>":31:11)
    } loc("<stdin>":31:11)
    builtin.module {
      func.func @main$async_dispatch_8_reduction_7x6x3_f16() {
        %cst = arith.constant 1.000000e+00 : f16 loc("<stdin>":31:11)
        %c704 = arith.constant 704 : index loc("<stdin>":31:11)
        %c384 = arith.constant 384 : index loc("<stdin>":31:11)
        %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c704) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc("<stdin>":27:11)
        %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c384) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc("<stdin>":31:11)
        %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc("<stdin>":31:11)
        %3 = tensor.empty() : tensor<7x6xf16> loc("<stdin>":18:10)
        %4 = linalg.fill ins(%cst : f16) outs(%3 : tensor<7x6xf16>) -> tensor<7x6xf16> loc("<stdin>":31:11)
        %5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<7x3x6xf16>) outs(%4 : tensor<7x6xf16>) {
        ^bb0(%in: f16 loc("<stdin>":27:11), %out: f16 loc("<stdin>":31:11)):
          %6 = arith.mulf %in, %out : f16 loc("<stdin>":31:11)
          linalg.yield %6 : f16 loc("<stdin>":31:11)
        } -> tensor<7x6xf16> loc("<stdin>":31:11)
        iree_tensor_ext.dispatch.tensor.store %5, %1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc("<stdin>":31:11)
        return loc("<stdin>":31:11)
      } loc("<stdin>":31:11)
    } loc("<stdin>":31:11)
  } loc("<stdin>":31:11)
} loc("<stdin>":31:11)
