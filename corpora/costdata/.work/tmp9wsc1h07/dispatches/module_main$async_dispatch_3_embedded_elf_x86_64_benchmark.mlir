module {
  util.global private @__device_0 = #hal.device.target<"local", [#hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>]> : !hal.device loc("<stdin>":1:1)
  hal.executable private @main$async_dispatch_3 {
    hal.executable.variant public @embedded_elf_x86_64 target(<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>) {
      hal.executable.export public @main$async_dispatch_3_softmax_7x3x6xf32_generic ordinal(0) layout(#hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) count(%arg0: !hal.device loc("<stdin>":13:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":4:6)
        hal.return %x, %y, %z : index, index, index loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":5:6)
      } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":3:4)
      builtin.module {
        func.func @main$async_dispatch_3_softmax_7x3x6xf32_generic() attributes {translation_info = #iree_codegen.translation_info<pipeline = #iree_cpu.pipeline<DoubleTilingExpert>>} {
          %cst = arith.constant 0.000000e+00 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":9:8)
          %cst_0 = arith.constant 0xFFC00000 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":10:8)
          %c512 = arith.constant 512 : index loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":11:8)
          %c0 = arith.constant 0 : index loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":12:8)
          %0 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(0) alignment(64) offset(%c512) flags("ReadOnly|Indirect") : memref<7x3x6xf32, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":13:8)
          %1 = hal.interface.binding.subspan layout(<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>) binding(1) alignment(64) offset(%c0) flags(Indirect) : memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":14:8)
          %2 = iree_codegen.load_from_buffer %0 : memref<7x3x6xf32, strided<[18, 6, 1], offset: ?>, #hal.descriptor_type<storage_buffer>> -> tensor<7x3x6xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":15:8)
          %3 = tensor.empty() : tensor<7x3x6xf16> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":16:8)
          %4 = tensor.empty() : tensor<7x3xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":17:8)
          %5 = linalg.fill {lowering_config = #iree_cpu.lowering_config<vector_common_parallel = [1, 1]>} ins(%cst_0 : f32) outs(%4 : tensor<7x3xf32>) -> tensor<7x3xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":18:8)
          %6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<7x3x6xf32>) outs(%5 : tensor<7x3xf32>) attrs =  {lowering_config = #iree_cpu.lowering_config<vector_common_parallel = [1, 1, 0], vector_reduction = [0, 0, 8]>} {
          ^bb0(%in: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":13:8), %out: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8)):
            %10 = arith.maxnumf %in, %out : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":21:10)
            linalg.yield %10 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":22:10)
          } -> tensor<7x3xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":19:8)
          %7 = linalg.fill {lowering_config = #iree_cpu.lowering_config<vector_common_parallel = [1, 1]>} ins(%cst : f32) outs(%4 : tensor<7x3xf32>) -> tensor<7x3xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":24:8)
          %8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2, %6 : tensor<7x3x6xf32>, tensor<7x3xf32>) outs(%7 : tensor<7x3xf32>) attrs =  {lowering_config = #iree_cpu.lowering_config<distribution = [1, 1, 0], vector_common_parallel = [1, 1, 0], vector_reduction = [0, 0, 8]>} {
          ^bb0(%in: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":13:8), %in_1: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8), %out: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8)):
            %10 = arith.subf %in, %in_1 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":27:10)
            %11 = math.exp %10 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":28:10)
            %12 = arith.addf %11, %out : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":29:10)
            linalg.yield %12 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":30:10)
          } -> tensor<7x3xf32> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":25:8)
          %9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %6, %8 : tensor<7x3x6xf32>, tensor<7x3xf32>, tensor<7x3xf32>) outs(%3 : tensor<7x3x6xf16>) attrs =  {lowering_config = #iree_cpu.lowering_config<vector_common_parallel = [1, 1, 0], vector_inner_parallel = [0, 0, 8]>} {
          ^bb0(%in: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":13:8), %in_1: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8), %in_2: f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8), %out: f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":14:8)):
            %10 = arith.subf %in, %in_1 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":34:10)
            %11 = math.exp %10 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":35:10)
            %12 = arith.divf %11, %in_2 : f32 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":36:10)
            %13 = arith.truncf %12 : f32 to f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":37:10)
            linalg.yield %13 : f16 loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":38:10)
          } -> tensor<7x3x6xf16> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":32:8)
          iree_codegen.store_to_buffer %9, %1 : tensor<7x3x6xf16> into memref<7x3x6xf16, #hal.descriptor_type<storage_buffer>> loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":40:8)
          return loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":41:8)
        } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":8:6)
        iree_codegen.dispatch_config @main$async_dispatch_3_softmax_7x3x6xf32_generic {
        ^bb0(%arg0: !hal.device loc("<stdin>":13:10)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":45:8)
          iree_codegen.yield %x, %y, %z : index, index, index loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":46:8)
        } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":43:6)
      } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":7:4)
    } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":2:2)
  } loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":1:0)
  util.global private mutable @main$async_dispatch_3_embedded_elf_x86_64_main$async_dispatch_3_softmax_7x3x6xf32_generic_buffer : !hal.buffer loc("<stdin>":13:10)
  util.initializer {
    %device, %queue_affinity = hal.device.resolve on(#hal.device.affinity<@__device_0>) : !hal.device, i64 loc("<stdin>":13:10)
    %allocator = hal.device.allocator<%device : !hal.device> : !hal.allocator loc("<stdin>":13:10)
    %memory_type = hal.memory_type<"DeviceVisible|DeviceLocal"> : i32 loc("<stdin>":13:10)
    %buffer_usage = hal.buffer_usage<"TransferSource|TransferTarget|Transfer|DispatchStorageRead|DispatchStorageWrite|DispatchStorage"> : i32 loc("<stdin>":13:10)
    %c2048 = arith.constant 2048 : index loc("<stdin>":13:10)
    %buffer = hal.allocator.allocate<%allocator : !hal.allocator> affinity(%queue_affinity) type(%memory_type) usage(%buffer_usage) : !hal.buffer{%c2048} loc("<stdin>":13:10)
    util.global.store %buffer, @main$async_dispatch_3_embedded_elf_x86_64_main$async_dispatch_3_softmax_7x3x6xf32_generic_buffer : !hal.buffer loc("<stdin>":13:10)
    util.return loc("<stdin>":13:10)
  } loc("<stdin>":13:10)
  util.func public @main$async_dispatch_3_embedded_elf_x86_64_main$async_dispatch_3_softmax_7x3x6xf32_generic(%arg0: i32) attributes {iree.abi.stub, iree.reflection = {iree.benchmark = "dispatch"}} {
    %0 = arith.index_cast %arg0 : i32 to index loc("<stdin>":13:10)
    %device, %queue_affinity = hal.device.resolve on(#hal.device.affinity<@__device_0>) : !hal.device, i64 loc("<stdin>":13:10)
    %cmd = hal.command_buffer.create device(%device : !hal.device) mode("OneShot|AllowInlineExecution") categories(Dispatch) affinity(%queue_affinity) : !hal.command_buffer loc("<stdin>":13:10)
    %main$async_dispatch_3_embedded_elf_x86_64_main$async_dispatch_3_softmax_7x3x6xf32_generic_buffer = util.global.load @main$async_dispatch_3_embedded_elf_x86_64_main$async_dispatch_3_softmax_7x3x6xf32_generic_buffer : !hal.buffer loc("<stdin>":13:10)
    %c0 = arith.constant 0 : index loc("<stdin>":13:10)
    %c1024 = arith.constant 1024 : index loc("<stdin>":13:10)
    %workgroup_x, %workgroup_y, %workgroup_z = hal.executable.calculate_workgroups device(%device : !hal.device) target(@main$async_dispatch_3::@embedded_elf_x86_64::@main$async_dispatch_3_softmax_7x3x6xf32_generic) : index, index, index loc("<stdin>":13:10)
    %exe = hal.executable.lookup device(%device : !hal.device) executable(@main$async_dispatch_3) : !hal.executable loc("<stdin>":13:10)
    %function_id = hal.executable.lookup.function target(%exe : !hal.executable) function(@main$async_dispatch_3::@embedded_elf_x86_64::@main$async_dispatch_3_softmax_7x3x6xf32_generic) : i64 loc("<stdin>":13:10)
    %c1 = arith.constant 1 : index loc("<stdin>":13:10)
    scf.for %arg1 = %c0 to %0 step %c1 {
      hal.command_buffer.dispatch<%cmd : !hal.command_buffer> target(%exe : !hal.executable)[%function_id] workgroups([%workgroup_x, %workgroup_y, %workgroup_z]) bindings([
        (%main$async_dispatch_3_embedded_elf_x86_64_main$async_dispatch_3_softmax_7x3x6xf32_generic_buffer : !hal.buffer)[%c0, %c1024], 
        (%main$async_dispatch_3_embedded_elf_x86_64_main$async_dispatch_3_softmax_7x3x6xf32_generic_buffer : !hal.buffer)[%c1024, %c1024]
      ]) flags("None") loc("<stdin>":13:10)
      hal.command_buffer.execution_barrier<%cmd : !hal.command_buffer> source("Dispatch|CommandRetire") target("CommandIssue|Dispatch") flags("None") loc("<stdin>":13:10)
    } loc("<stdin>":13:10)
    hal.command_buffer.finalize<%cmd : !hal.command_buffer> loc("<stdin>":13:10)
    %1 = util.null : !hal.fence loc("<stdin>":13:10)
    %fence = hal.fence.create device(%device : !hal.device) flags("None") : !hal.fence loc("<stdin>":13:10)
    hal.device.queue.execute<%device : !hal.device> affinity(%queue_affinity) wait(%1) signal(%fence) commands(%cmd) flags("None") loc("<stdin>":13:10)
    %c-1_i32 = arith.constant -1 : i32 loc("<stdin>":13:10)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc("<stdin>":13:10)
    util.status.check_ok %status, "failed to wait on timepoint" loc("<stdin>":13:10)
    util.return loc("<stdin>":13:10)
  } loc("<stdin>":13:10)
} loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir":1:0)
