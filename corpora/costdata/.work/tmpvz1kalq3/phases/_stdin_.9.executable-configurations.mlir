#config = #iree_cpu.lowering_config<distribution = []>
#config1 = #iree_cpu.lowering_config<distribution = [3], vector_common_parallel = [8]>
#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc4 = loc("<stdin>":9:10)
#loc19 = loc("<stdin>":6:10)
#loc34 = loc("<stdin>":12:10)
#loc55 = loc("<stdin>":16:10)
#loc80 = loc("<stdin>":18:10)
#map = affine_map<() -> ()>
#map1 = affine_map<(d0) -> ()>
#map2 = affine_map<(d0) -> (d0)>
#pipeline_layout = #hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>
#pipeline_layout1 = #hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>
#translation = #iree_codegen.translation_info<pipeline = #iree_cpu.pipeline<Default>>
#translation1 = #iree_codegen.translation_info<pipeline = #iree_cpu.pipeline<DoubleTilingExpert>>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  hal.executable private @main$async_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_0_elementwise ordinal(0) layout(#pipeline_layout) count(%arg0: !hal.device loc("<stdin>":9:10)) -> (index, index, index) {
        %c1 = arith.constant 1 : index loc(#loc5)
        hal.return %c1, %c1, %c1 : index, index, index loc(#loc6)
      } loc(#loc3)
      builtin.module {
        func.func @main$async_dispatch_0_elementwise() attributes {translation_info = #translation} {
          %cst = arith.constant 3.000000e+00 : f16 loc(#loc9)
          %cst_0 = arith.constant 1.000000e+00 : f16 loc(#loc10)
          %c0 = arith.constant 0 : index loc(#loc11)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<f16, #hal.descriptor_type<storage_buffer>> loc(#loc12)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout) binding(1) alignment(64) offset(%c0) flags(Indirect) : memref<f16, #hal.descriptor_type<storage_buffer>> loc(#loc13)
          %2 = hal.interface.binding.subspan layout(#pipeline_layout) binding(2) alignment(64) offset(%c0) flags(Indirect) : memref<f32, #hal.descriptor_type<storage_buffer>> loc(#loc14)
          %3 = iree_codegen.load_from_buffer %0 : memref<f16, #hal.descriptor_type<storage_buffer>> -> tensor<f16> loc(#loc15)
          %4 = tensor.empty() : tensor<f32> loc(#loc16)
          %5 = tensor.empty() : tensor<f16> loc(#loc17)
          %6:2 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = []} ins(%3 : tensor<f16>) outs(%5, %4 : tensor<f16>, tensor<f32>) attrs =  {lowering_config = #config} {
          ^bb0(%in: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":6:10), %out_1: f32 loc("<stdin>":9:10)):
            %7 = arith.subf %cst, %in : f16 loc(#loc20)
            %8 = arith.cmpf ole, %7, %cst_0 : f16 loc(#loc21)
            %9 = arith.uitofp %8 : i1 to f32 loc(#loc22)
            %10 = math.exp %9 : f32 loc(#loc23)
            linalg.yield %7, %10 : f16, f32 loc(#loc24)
          } -> (tensor<f16>, tensor<f32>) loc(#loc18)
          iree_codegen.store_to_buffer %6#0, %1 : tensor<f16> into memref<f16, #hal.descriptor_type<storage_buffer>> loc(#loc25)
          iree_codegen.store_to_buffer %6#1, %2 : tensor<f32> into memref<f32, #hal.descriptor_type<storage_buffer>> loc(#loc26)
          return loc(#loc27)
        } loc(#loc8)
        iree_codegen.dispatch_config @main$async_dispatch_0_elementwise {
        ^bb0(%arg0: !hal.device loc("<stdin>":9:10)):
          %c1 = arith.constant 1 : index loc(#loc29)
          iree_codegen.yield %c1, %c1, %c1 : index, index, index loc(#loc30)
        } loc(#loc28)
      } loc(#loc7)
    } loc(#loc2)
  } loc(#loc1)
  hal.executable private @main$async_dispatch_1 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_1_elementwise_broadcast_3_f16 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":12:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc35)
        hal.return %x, %y, %z : index, index, index loc(#loc36)
      } loc(#loc33)
      builtin.module {
        func.func @main$async_dispatch_1_elementwise_broadcast_3_f16() attributes {translation_info = #translation1} {
          %c0 = arith.constant 0 : index loc(#loc39)
          %c64 = arith.constant 64 : index loc(#loc40)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<f16, #hal.descriptor_type<storage_buffer>> loc(#loc41)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c64) flags(Indirect) : memref<3xf16, strided<[1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc42)
          %2 = iree_codegen.load_from_buffer %0 : memref<f16, #hal.descriptor_type<storage_buffer>> -> tensor<f16> loc(#loc43)
          %3 = tensor.empty() : tensor<3xf16> loc(#loc44)
          %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel"]} ins(%2 : tensor<f16>) outs(%3 : tensor<3xf16>) attrs =  {lowering_config = #config1} {
          ^bb0(%in: f16 loc("<stdin>":12:10), %out: f16 loc("<stdin>":12:10)):
            linalg.yield %in : f16 loc(#loc46)
          } -> tensor<3xf16> loc(#loc45)
          iree_codegen.store_to_buffer %4, %1 : tensor<3xf16> into memref<3xf16, strided<[1], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc47)
          return loc(#loc48)
        } loc(#loc38)
        iree_codegen.dispatch_config @main$async_dispatch_1_elementwise_broadcast_3_f16 {
        ^bb0(%arg0: !hal.device loc("<stdin>":12:10)):
          %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc50)
          iree_codegen.yield %x, %y, %z : index, index, index loc(#loc51)
        } loc(#loc49)
      } loc(#loc37)
    } loc(#loc32)
  } loc(#loc31)
  hal.executable private @main$async_dispatch_2 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_2_elementwise ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":16:10)) -> (index, index, index) {
        %c1 = arith.constant 1 : index loc(#loc56)
        hal.return %c1, %c1, %c1 : index, index, index loc(#loc57)
      } loc(#loc54)
      builtin.module {
        func.func @main$async_dispatch_2_elementwise() attributes {translation_info = #translation} {
          %cst = arith.constant 2.000000e+00 : f16 loc(#loc60)
          %c0 = arith.constant 0 : index loc(#loc61)
          %c128 = arith.constant 128 : index loc(#loc62)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<f16, #hal.descriptor_type<storage_buffer>> loc(#loc63)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c128) flags(Indirect) : memref<f32, strided<[], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc64)
          %2 = iree_codegen.load_from_buffer %0 : memref<f16, #hal.descriptor_type<storage_buffer>> -> tensor<f16> loc(#loc65)
          %3 = tensor.empty() : tensor<f32> loc(#loc66)
          %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = []} ins(%2 : tensor<f16>) outs(%3 : tensor<f32>) attrs =  {lowering_config = #config} {
          ^bb0(%in: f16 loc("<stdin>":6:10), %out: f32 loc("<stdin>":16:10)):
            %5 = arith.cmpf ole, %in, %cst : f16 loc(#loc68)
            %6 = arith.uitofp %5 : i1 to f32 loc(#loc69)
            %7 = math.exp %6 : f32 loc(#loc70)
            linalg.yield %7 : f32 loc(#loc71)
          } -> tensor<f32> loc(#loc67)
          iree_codegen.store_to_buffer %4, %1 : tensor<f32> into memref<f32, strided<[], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc72)
          return loc(#loc73)
        } loc(#loc59)
        iree_codegen.dispatch_config @main$async_dispatch_2_elementwise {
        ^bb0(%arg0: !hal.device loc("<stdin>":16:10)):
          %c1 = arith.constant 1 : index loc(#loc75)
          iree_codegen.yield %c1, %c1, %c1 : index, index, index loc(#loc76)
        } loc(#loc74)
      } loc(#loc58)
    } loc(#loc53)
  } loc(#loc52)
  hal.executable private @main$async_dispatch_3 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_3_elementwise ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":18:10)) -> (index, index, index) {
        %c1 = arith.constant 1 : index loc(#loc81)
        hal.return %c1, %c1, %c1 : index, index, index loc(#loc82)
      } loc(#loc79)
      builtin.module {
        func.func @main$async_dispatch_3_elementwise() attributes {translation_info = #translation} {
          %cst = arith.constant 0.000000e+00 : f16 loc(#loc85)
          %c0 = arith.constant 0 : index loc(#loc86)
          %c192 = arith.constant 192 : index loc(#loc87)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : memref<f16, #hal.descriptor_type<storage_buffer>> loc(#loc88)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c192) flags(Indirect) : memref<f16, strided<[], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc89)
          %2 = iree_codegen.load_from_buffer %0 : memref<f16, #hal.descriptor_type<storage_buffer>> -> tensor<f16> loc(#loc90)
          %3 = tensor.empty() : tensor<f16> loc(#loc91)
          %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = []} ins(%2 : tensor<f16>) outs(%3 : tensor<f16>) attrs =  {lowering_config = #config} {
          ^bb0(%in: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":6:10)):
            %5 = arith.addf %in, %cst : f16 loc(#loc93)
            linalg.yield %5 : f16 loc(#loc94)
          } -> tensor<f16> loc(#loc92)
          iree_codegen.store_to_buffer %4, %1 : tensor<f16> into memref<f16, strided<[], offset: ?>, #hal.descriptor_type<storage_buffer>> loc(#loc95)
          return loc(#loc96)
        } loc(#loc84)
        iree_codegen.dispatch_config @main$async_dispatch_3_elementwise {
        ^bb0(%arg0: !hal.device loc("<stdin>":18:10)):
          %c1 = arith.constant 1 : index loc(#loc98)
          iree_codegen.yield %c1, %c1, %c1 : index, index, index loc(#loc99)
        } loc(#loc97)
      } loc(#loc83)
    } loc(#loc78)
  } loc(#loc77)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %c0 = arith.constant 0 : index loc(#loc101)
    %c256 = arith.constant 256 : index loc(#loc101)
    %c192 = arith.constant 192 : index loc(#loc101)
    %c128 = arith.constant 128 : index loc(#loc101)
    %c64 = arith.constant 64 : index loc(#loc101)
    %c6 = arith.constant 6 : index loc(#loc34)
    %c4 = arith.constant 4 : index loc(#loc101)
    %c2 = arith.constant 2 : index loc(#loc101)
    %c1 = arith.constant 1 : index loc(#loc102)
    %element_type_f16 = hal.element_type<f16> : i32 loc(#loc102)
    %dense_row_major = hal.encoding_type<dense_row_major> : i32 loc(#loc102)
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("tensor") shape([%c1]) type(%element_type_f16) encoding(%dense_row_major) loc(#loc102)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<1xf16> in !stream.resource<external>{%c2} loc(#loc102)
    %1 = stream.timepoint.import on(#hal.device.affinity<@__device_0>) %arg1 : (!hal.fence) => !stream.timepoint loc(#loc102)
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<external>{%c256} => !stream.timepoint loc(#loc104)
    %2 = stream.resource.subview %result[%c0] : !stream.resource<external>{%c256} -> !stream.resource<external>{%c4} loc(#loc4)
    %3 = stream.resource.subview %result[%c64] : !stream.resource<external>{%c256} -> !stream.resource<external>{%c6} loc(#loc105)
    %4 = stream.resource.subview %result[%c128] : !stream.resource<external>{%c256} -> !stream.resource<external>{%c4} loc(#loc105)
    %5 = stream.resource.subview %result[%c192] : !stream.resource<external>{%c256} -> !stream.resource<external>{%c2} loc(#loc105)
    %result_0, %result_timepoint_1 = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<transient>{%c64} => !stream.timepoint loc(#loc4)
    %6 = stream.timepoint.join max(%result_timepoint, %result_timepoint_1) => !stream.timepoint loc(#loc106)
    %7 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%6) => with(%0 as %arg3: !stream.resource<external>{%c2}, %result as %arg4: !stream.resource<external>{%c256}, %result_0 as %arg5: !stream.resource<transient>{%c64}) {
      stream.cmd.dispatch @main$async_dispatch_0::@embedded_elf_x86_64::@main$async_dispatch_0_elementwise {
        ro %arg3[%c0 for %c2] : !stream.resource<external>{%c2},
        wo %arg5[%c0 for %c64] : !stream.resource<transient>{%c64},
        wo %arg4[%c0 for %c256] : !stream.resource<external>{%c256}
      } loc(#loc4)
      stream.cmd.concurrent {
        stream.cmd.dispatch @main$async_dispatch_1::@embedded_elf_x86_64::@main$async_dispatch_1_elementwise_broadcast_3_f16 {
          ro %arg5[%c0 for %c64] : !stream.resource<transient>{%c64},
          wo %arg4[%c0 for %c256] : !stream.resource<external>{%c256}
        } loc(#loc34)
        stream.cmd.dispatch @main$async_dispatch_2::@embedded_elf_x86_64::@main$async_dispatch_2_elementwise {
          ro %arg5[%c0 for %c64] : !stream.resource<transient>{%c64},
          wo %arg4[%c0 for %c256] : !stream.resource<external>{%c256}
        } loc(#loc55)
        stream.cmd.dispatch @main$async_dispatch_3::@embedded_elf_x86_64::@main$async_dispatch_3_elementwise {
          ro %arg5[%c0 for %c64] : !stream.resource<transient>{%c64},
          wo %arg4[%c0 for %c256] : !stream.resource<external>{%c256}
        } loc(#loc80)
      } loc(#loc105)
    } => !stream.timepoint loc(#loc106)
    %8 = stream.resource.dealloca on(#hal.device.affinity<@__device_0>) await(%7) => %result_0 : !stream.resource<transient>{%c64} => !stream.timepoint loc(#loc4)
    stream.timepoint.chain_external on(#hal.device.affinity<@__device_0>) %8 => (%arg2 : !hal.fence) loc(#loc100)
    %9 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %2 : tensor<1xf32> in !stream.resource<external>{%c4} -> !hal.buffer_view loc(#loc100)
    %10 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3xf16> in !stream.resource<external>{%c6} -> !hal.buffer_view loc(#loc100)
    %11 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<1xf32> in !stream.resource<external>{%c4} -> !hal.buffer_view loc(#loc100)
    %12 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %5 : tensor<f16> in !stream.resource<external>{%c2} -> !hal.buffer_view loc(#loc100)
    util.return %9, %10, %9, %11, %12 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc103)
  } loc(#loc100)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc100)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc100)
    %c0 = arith.constant 0 : index loc(#loc100)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc100)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc100)
    %1:5 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc100)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc100)
    util.return %1#0, %1#1, %1#2, %1#3, %1#4 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc100)
  } loc(#loc100)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc1 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":1:0)
#loc2 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":2:2)
#loc3 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":3:4)
#loc5 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":4:6)
#loc6 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":5:6)
#loc7 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":7:4)
#loc8 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":8:6)
#loc9 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":9:8)
#loc10 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":10:8)
#loc11 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":11:8)
#loc12 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":12:8)
#loc13 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":13:8)
#loc14 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":14:8)
#loc15 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":15:8)
#loc16 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":16:8)
#loc17 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":17:8)
#loc18 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":18:8)
#loc20 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":20:10)
#loc21 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":21:10)
#loc22 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":22:10)
#loc23 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":23:10)
#loc24 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":24:10)
#loc25 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":26:8)
#loc26 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":27:8)
#loc27 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":28:8)
#loc28 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":30:6)
#loc29 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":32:8)
#loc30 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":33:8)
#loc31 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":1:0)
#loc32 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":2:2)
#loc33 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":3:4)
#loc35 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":4:6)
#loc36 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":5:6)
#loc37 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":7:4)
#loc38 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":8:6)
#loc39 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":9:8)
#loc40 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":10:8)
#loc41 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":11:8)
#loc42 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":12:8)
#loc43 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":13:8)
#loc44 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":14:8)
#loc45 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":15:8)
#loc46 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":17:10)
#loc47 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":19:8)
#loc48 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":20:8)
#loc49 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":22:6)
#loc50 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":24:8)
#loc51 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":25:8)
#loc52 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":1:0)
#loc53 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":2:2)
#loc54 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":3:4)
#loc56 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":4:6)
#loc57 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":5:6)
#loc58 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":7:4)
#loc59 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":8:6)
#loc60 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":9:8)
#loc61 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":10:8)
#loc62 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":11:8)
#loc63 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":12:8)
#loc64 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":13:8)
#loc65 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":14:8)
#loc66 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":15:8)
#loc67 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":16:8)
#loc68 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":18:10)
#loc69 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":19:10)
#loc70 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":20:10)
#loc71 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":21:10)
#loc72 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":23:8)
#loc73 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":24:8)
#loc74 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":26:6)
#loc75 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":28:8)
#loc76 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":29:8)
#loc77 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":1:0)
#loc78 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":2:2)
#loc79 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":3:4)
#loc81 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":4:6)
#loc82 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":5:6)
#loc83 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":7:4)
#loc84 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":8:6)
#loc85 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":9:8)
#loc86 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":10:8)
#loc87 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":11:8)
#loc88 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":12:8)
#loc89 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":13:8)
#loc90 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":14:8)
#loc91 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":15:8)
#loc92 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":16:8)
#loc93 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":18:10)
#loc94 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":19:10)
#loc95 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":21:8)
#loc96 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":22:8)
#loc97 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":24:6)
#loc98 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":26:8)
#loc99 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":27:8)
#loc100 = loc("<stdin>":2:3)
#loc101 = loc(unknown)
#loc102 = loc("<stdin>":2:19)
#loc103 = loc("<stdin>":19:5)
#loc104 = loc(fused[#loc4, #loc80, #loc55, #loc34])
#loc105 = loc(fused[#loc80, #loc55, #loc34])
#loc106 = loc(fused[#loc80, #loc55, #loc34, #loc4])
