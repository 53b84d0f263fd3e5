#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc4 = loc("<stdin>":5:10)
#loc31 = loc("<stdin>":13:10)
#loc71 = loc("<stdin>":18:10)
#loc130 = loc("<stdin>":24:10)
#loc159 = loc("<stdin>":31:11)
#loc173 = loc("<stdin>":27:11)
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#pipeline_layout = #hal.pipeline.layout<constants = 2, bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>
#pipeline_layout1 = #hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>
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
        func.func @main$async_dispatch_0_softmax_7x3x6xf32_generic() {
          %0 = hal.interface.constant.load layout(#pipeline_layout) ordinal(0) : i32 loc(#loc9)
          %1 = hal.interface.constant.load layout(#pipeline_layout) ordinal(1) : i32 loc(#loc10)
          %2 = arith.index_castui %0 : i32 to index loc(#loc11)
          %3 = arith.index_castui %1 : i32 to index loc(#loc12)
          %4:2 = util.assume.int 
              %2[<umin = 0, umax = 0>, <umin = 0, umax = 0>, <umin = 256, umax = 256, udiv = 256>], 
              %3[<umin = 0, umax = 0>, <umin = 256, umax = 256, udiv = 256>, <umin = 704, umax = 704, udiv = 704>]
            : index, index loc(#loc13)
          %5 = hal.interface.binding.subspan layout(#pipeline_layout) binding(0) alignment(64) offset(%4#0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc(#loc14)
          %6 = hal.interface.binding.subspan layout(#pipeline_layout) binding(1) alignment(64) offset(%4#1) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc15)
          %7 = iree_tensor_ext.dispatch.tensor.load %5, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc16)
          %8 = tensor.empty() : tensor<7x3x6xf16> loc(#loc17)
          %9 = tensor.empty() : tensor<7x3x6xf32> loc(#loc18)
          %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<7x3x6xf16>) outs(%9 : tensor<7x3x6xf32>) {
          ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
            %13 = arith.extf %in : f16 to f32 loc(#loc20)
            linalg.yield %13 : f32 loc(#loc21)
          } -> tensor<7x3x6xf32> loc(#loc19)
          %11 = linalg.softmax dimension(2) ins(%10 : tensor<7x3x6xf32>) outs(%9 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc22)
          %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<7x3x6xf32>) outs(%8 : tensor<7x3x6xf16>) {
          ^bb0(%in: f32 loc("<stdin>":5:10), %out: f16 loc("<stdin>":5:10)):
            %13 = arith.truncf %in : f32 to f16 loc(#loc24)
            linalg.yield %13 : f16 loc(#loc25)
          } -> tensor<7x3x6xf16> loc(#loc23)
          iree_tensor_ext.dispatch.tensor.store %12, %6, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc26)
          return loc(#loc27)
        } loc(#loc8)
      } loc(#loc7)
    } loc(#loc2)
  } loc(#loc1)
  hal.executable private @main$async_dispatch_2 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_2_elementwise_126_f16xf32 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":13:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc32)
        hal.return %x, %y, %z : index, index, index loc(#loc33)
      } loc(#loc30)
      builtin.module {
        func.func @main$async_dispatch_2_elementwise_126_f16xf32() {
          %c256 = arith.constant 256 : index loc(#loc36)
          %c512 = arith.constant 512 : index loc(#loc37)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c256) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> loc(#loc38)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c512) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf32>> loc(#loc39)
          %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0], sizes = [126], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> -> tensor<126xf16> loc(#loc40)
          %3 = tensor.empty() : tensor<126xf32> loc(#loc41)
          %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%2 : tensor<126xf16>) outs(%3 : tensor<126xf32>) {
          ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
            %5 = math.roundeven %in : f16 loc(#loc43)
            %6 = arith.extf %5 : f16 to f32 loc(#loc44)
            linalg.yield %6 : f32 loc(#loc45)
          } -> tensor<126xf32> loc(#loc42)
          iree_tensor_ext.dispatch.tensor.store %4, %1, offsets = [0], sizes = [126], strides = [1] : tensor<126xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf32>> loc(#loc46)
          return loc(#loc47)
        } loc(#loc35)
      } loc(#loc34)
    } loc(#loc29)
  } loc(#loc28)
  hal.executable private @main$async_dispatch_3 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_3_softmax_7x3x6xf32_generic ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":13:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc51)
        hal.return %x, %y, %z : index, index, index loc(#loc52)
      } loc(#loc50)
      builtin.module {
        func.func @main$async_dispatch_3_softmax_7x3x6xf32_generic() {
          %c512 = arith.constant 512 : index loc(#loc55)
          %c0 = arith.constant 0 : index loc(#loc56)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c512) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf32>> loc(#loc57)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc58)
          %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf32>> -> tensor<7x3x6xf32> loc(#loc59)
          %3 = tensor.empty() : tensor<7x3x6xf16> loc(#loc60)
          %4 = tensor.empty() : tensor<7x3x6xf32> loc(#loc61)
          %5 = linalg.softmax dimension(2) ins(%2 : tensor<7x3x6xf32>) outs(%4 : tensor<7x3x6xf32>) -> tensor<7x3x6xf32> loc(#loc62)
          %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<7x3x6xf32>) outs(%3 : tensor<7x3x6xf16>) {
          ^bb0(%in: f32 loc("<stdin>":13:10), %out: f16 loc("<stdin>":13:10)):
            %7 = arith.truncf %in : f32 to f16 loc(#loc64)
            linalg.yield %7 : f16 loc(#loc65)
          } -> tensor<7x3x6xf16> loc(#loc63)
          iree_tensor_ext.dispatch.tensor.store %6, %1, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : tensor<7x3x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x3x6xf16>> loc(#loc66)
          return loc(#loc67)
        } loc(#loc54)
      } loc(#loc53)
    } loc(#loc49)
  } loc(#loc48)
  hal.executable private @main$async_dispatch_4 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_4_reduction_7x6x3_f32 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":18:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc72)
        hal.return %x, %y, %z : index, index, index loc(#loc73)
      } loc(#loc70)
      builtin.module {
        func.func @main$async_dispatch_4_reduction_7x6x3_f32() {
          %cst = arith.constant 0.000000e+00 : f32 loc(#loc76)
          %c0 = arith.constant 0 : index loc(#loc77)
          %c512 = arith.constant 512 : index loc(#loc78)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc(#loc79)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c512) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf32>> loc(#loc80)
          %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc81)
          %3 = tensor.empty() : tensor<7x6xf32> loc(#loc82)
          %4 = tensor.empty() : tensor<7x3x6xf32> loc(#loc83)
          %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<7x3x6xf16>) outs(%4 : tensor<7x3x6xf32>) {
          ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
            %8 = arith.extf %in : f16 to f32 loc(#loc85)
            linalg.yield %8 : f32 loc(#loc86)
          } -> tensor<7x3x6xf32> loc(#loc84)
          %6 = linalg.fill ins(%cst : f32) outs(%3 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc87)
          %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%5 : tensor<7x3x6xf32>) outs(%6 : tensor<7x6xf32>) {
          ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
            %8 = arith.addf %in, %out : f32 loc(#loc89)
            linalg.yield %8 : f32 loc(#loc90)
          } -> tensor<7x6xf32> loc(#loc88)
          iree_tensor_ext.dispatch.tensor.store %7, %1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf32> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf32>> loc(#loc91)
          return loc(#loc92)
        } loc(#loc75)
      } loc(#loc74)
    } loc(#loc69)
  } loc(#loc68)
  hal.executable private @main$async_dispatch_5 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_5_reduction_7x6x3_f32 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":18:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc96)
        hal.return %x, %y, %z : index, index, index loc(#loc97)
      } loc(#loc95)
      builtin.module {
        func.func @main$async_dispatch_5_reduction_7x6x3_f32() {
          %cst = arith.constant 3.000000e+00 : f32 loc(#loc100)
          %cst_0 = arith.constant 0.000000e+00 : f32 loc(#loc101)
          %c0 = arith.constant 0 : index loc(#loc102)
          %c512 = arith.constant 512 : index loc(#loc103)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc(#loc104)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c512) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x6xf32>> loc(#loc105)
          %2 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c0) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc106)
          %3 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc107)
          %4 = iree_tensor_ext.dispatch.tensor.load %1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x6xf32>> -> tensor<7x6xf32> loc(#loc108)
          %5 = tensor.empty() : tensor<7x6xf16> loc(#loc109)
          %6 = tensor.empty() : tensor<7x6xf32> loc(#loc110)
          %7 = tensor.empty() : tensor<7x3x6xf32> loc(#loc111)
          %8 = linalg.fill ins(%cst_0 : f32) outs(%6 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc112)
          %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<7x3x6xf16>) outs(%7 : tensor<7x3x6xf32>) {
          ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
            %12 = arith.extf %in : f16 to f32 loc(#loc114)
            linalg.yield %12 : f32 loc(#loc115)
          } -> tensor<7x3x6xf32> loc(#loc113)
          %10 = linalg.generic {indexing_maps = [#map2, #map3, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9, %4 : tensor<7x3x6xf32>, tensor<7x6xf32>) outs(%8 : tensor<7x6xf32>) {
          ^bb0(%in: f32 loc("<stdin>":18:10), %in_1: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
            %12 = arith.divf %in_1, %cst : f32 loc(#loc117)
            %13 = arith.subf %in, %12 : f32 loc(#loc118)
            %14 = arith.mulf %13, %13 : f32 loc(#loc119)
            %15 = arith.addf %14, %out : f32 loc(#loc120)
            linalg.yield %15 : f32 loc(#loc121)
          } -> tensor<7x6xf32> loc(#loc116)
          %11 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<7x6xf32>) outs(%5 : tensor<7x6xf16>) {
          ^bb0(%in: f32 loc("<stdin>":18:10), %out: f16 loc("<stdin>":18:10)):
            %12 = arith.truncf %in : f32 to f16 loc(#loc123)
            linalg.yield %12 : f16 loc(#loc124)
          } -> tensor<7x6xf16> loc(#loc122)
          iree_tensor_ext.dispatch.tensor.store %11, %2, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc125)
          return loc(#loc126)
        } loc(#loc99)
      } loc(#loc98)
    } loc(#loc94)
  } loc(#loc93)
  hal.executable private @main$async_dispatch_6 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_6_elementwise_126_f32xf16 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":24:10)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc131)
        hal.return %x, %y, %z : index, index, index loc(#loc132)
      } loc(#loc129)
      builtin.module {
        func.func @main$async_dispatch_6_elementwise_126_f32xf16() {
          %cst = arith.constant 1.000000e+00 : f32 loc(#loc135)
          %c0 = arith.constant 0 : index loc(#loc136)
          %c128 = arith.constant 128 : index loc(#loc137)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c0) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> loc(#loc138)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c128) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf16>> loc(#loc139)
          %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0], sizes = [126], strides = [1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<126xf16>> -> tensor<126xf16> loc(#loc140)
          %3 = tensor.empty() : tensor<126xf32> loc(#loc141)
          %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%2 : tensor<126xf16>) outs(%3 : tensor<126xf32>) {
          ^bb0(%in: f16 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
            %7 = arith.extf %in : f16 to f32 loc(#loc143)
            linalg.yield %7 : f32 loc(#loc144)
          } -> tensor<126xf32> loc(#loc142)
          %5 = tensor.empty() : tensor<126xf16> loc(#loc145)
          %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%4 : tensor<126xf32>) outs(%5 : tensor<126xf16>) {
          ^bb0(%in: f32 loc("<stdin>":24:10), %out: f16 loc("<stdin>":24:10)):
            %7 = arith.negf %in : f32 loc(#loc147)
            %8 = math.exp %7 : f32 loc(#loc148)
            %9 = arith.addf %8, %cst : f32 loc(#loc149)
            %10 = arith.divf %cst, %9 : f32 loc(#loc150)
            %11 = arith.mulf %in, %10 : f32 loc(#loc151)
            %12 = arith.truncf %11 : f32 to f16 loc(#loc152)
            linalg.yield %12 : f16 loc(#loc153)
          } -> tensor<126xf16> loc(#loc146)
          iree_tensor_ext.dispatch.tensor.store %6, %1, offsets = [0], sizes = [126], strides = [1] : tensor<126xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<126xf16>> loc(#loc154)
          return loc(#loc155)
        } loc(#loc134)
      } loc(#loc133)
    } loc(#loc128)
  } loc(#loc127)
  hal.executable private @main$async_dispatch_8 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_8_reduction_7x6x3_f16 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":31:11)) -> (index, index, index) {
        %x, %y, %z = iree_tensor_ext.dispatch.workgroup_count_from_slice() loc(#loc160)
        hal.return %x, %y, %z : index, index, index loc(#loc161)
      } loc(#loc158)
      builtin.module {
        func.func @main$async_dispatch_8_reduction_7x6x3_f16() {
          %cst = arith.constant 1.000000e+00 : f16 loc(#loc164)
          %c704 = arith.constant 704 : index loc(#loc165)
          %c384 = arith.constant 384 : index loc(#loc166)
          %0 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(0) alignment(64) offset(%c704) flags("ReadOnly|Indirect") : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> loc(#loc167)
          %1 = hal.interface.binding.subspan layout(#pipeline_layout1) binding(1) alignment(64) offset(%c384) flags(Indirect) : !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc168)
          %2 = iree_tensor_ext.dispatch.tensor.load %0, offsets = [0, 0, 0], sizes = [7, 3, 6], strides = [1, 1, 1] : !iree_tensor_ext.dispatch.tensor<readonly:tensor<7x3x6xf16>> -> tensor<7x3x6xf16> loc(#loc169)
          %3 = tensor.empty() : tensor<7x6xf16> loc(#loc170)
          %4 = linalg.fill ins(%cst : f16) outs(%3 : tensor<7x6xf16>) -> tensor<7x6xf16> loc(#loc171)
          %5 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<7x3x6xf16>) outs(%4 : tensor<7x6xf16>) {
          ^bb0(%in: f16 loc("<stdin>":27:11), %out: f16 loc("<stdin>":31:11)):
            %6 = arith.mulf %in, %out : f16 loc(#loc174)
            linalg.yield %6 : f16 loc(#loc175)
          } -> tensor<7x6xf16> loc(#loc172)
          iree_tensor_ext.dispatch.tensor.store %5, %1, offsets = [0, 0], sizes = [7, 6], strides = [1, 1] : tensor<7x6xf16> -> !iree_tensor_ext.dispatch.tensor<writeonly:tensor<7x6xf16>> loc(#loc176)
          return loc(#loc177)
        } loc(#loc163)
      } loc(#loc162)
    } loc(#loc157)
  } loc(#loc156)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %c704_i32 = arith.constant 704 : i32 loc(#loc179)
    %c256_i32 = arith.constant 256 : i32 loc(#loc179)
    %c0_i32 = arith.constant 0 : i32 loc(#loc179)
    %c0 = arith.constant 0 : index loc(#loc179)
    %c1024 = arith.constant 1024 : index loc(#loc179)
    %c512 = arith.constant 512 : index loc(#loc179)
    %c384 = arith.constant 384 : index loc(#loc179)
    %c128 = arith.constant 128 : index loc(#loc179)
    %c84 = arith.constant 84 : index loc(#loc71)
    %c252 = arith.constant 252 : index loc(#loc179)
    %c6 = arith.constant 6 : index loc(#loc180)
    %c3 = arith.constant 3 : index loc(#loc180)
    %c7 = arith.constant 7 : index loc(#loc180)
    %element_type_f16 = hal.element_type<f16> : i32 loc(#loc180)
    %dense_row_major = hal.encoding_type<dense_row_major> : i32 loc(#loc180)
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("tensor") shape([%c7, %c3, %c6]) type(%element_type_f16) encoding(%dense_row_major) loc(#loc180)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<7x3x6xf16> in !stream.resource<external>{%c252} loc(#loc180)
    %1 = stream.timepoint.import on(#hal.device.affinity<@__device_0>) %arg1 : (!hal.fence) => !stream.timepoint loc(#loc180)
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<external>{%c512} => !stream.timepoint loc(#loc183)
    %2 = stream.resource.subview %result[%c0] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c84} loc(#loc184)
    %3 = stream.resource.subview %result[%c128] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c252} loc(#loc184)
    %4 = stream.resource.subview %result[%c384] : !stream.resource<external>{%c512} -> !stream.resource<external>{%c84} loc(#loc159)
    %result_0, %result_timepoint_1 = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<transient>{%c1024} => !stream.timepoint loc(#loc185)
    %5 = stream.timepoint.join max(%result_timepoint, %result_timepoint_1) => !stream.timepoint loc(#loc186)
    %6 = stream.cmd.execute on(#hal.device.affinity<@__device_0>) await(%5) => with(%0 as %arg3: !stream.resource<external>{%c252}, %result as %arg4: !stream.resource<external>{%c512}, %result_0 as %arg5: !stream.resource<transient>{%c1024}) {
      stream.cmd.dispatch @main$async_dispatch_0::@embedded_elf_x86_64::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c0_i32, %c0_i32 : i32, i32) {
        ro %arg3[%c0 for %c252] : !stream.resource<external>{%c252},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc4)
      stream.cmd.dispatch @main$async_dispatch_0::@embedded_elf_x86_64::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c0_i32, %c256_i32 : i32, i32) {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc181)
      stream.cmd.dispatch @main$async_dispatch_2::@embedded_elf_x86_64::@main$async_dispatch_2_elementwise_126_f16xf32 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc31)
      stream.cmd.dispatch @main$async_dispatch_3::@embedded_elf_x86_64::@main$async_dispatch_3_softmax_7x3x6xf32_generic {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc31)
      stream.cmd.dispatch @main$async_dispatch_4::@embedded_elf_x86_64::@main$async_dispatch_4_reduction_7x6x3_f32 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
      } loc(#loc71)
      stream.cmd.concurrent {
        stream.cmd.dispatch @main$async_dispatch_5::@embedded_elf_x86_64::@main$async_dispatch_5_reduction_7x6x3_f32 {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
        } loc(#loc71)
        stream.cmd.dispatch @main$async_dispatch_6::@embedded_elf_x86_64::@main$async_dispatch_6_elementwise_126_f32xf16 {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
        } loc(#loc130)
        stream.cmd.dispatch @main$async_dispatch_0::@embedded_elf_x86_64::@main$async_dispatch_0_softmax_7x3x6xf32_generic(%c256_i32, %c704_i32 : i32, i32) {
          ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
          wo %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024}
        } loc(#loc173)
      } loc(#loc184)
      stream.cmd.dispatch @main$async_dispatch_8::@embedded_elf_x86_64::@main$async_dispatch_8_reduction_7x6x3_f16 {
        ro %arg5[%c0 for %c1024] : !stream.resource<transient>{%c1024},
        wo %arg4[%c0 for %c512] : !stream.resource<external>{%c512}
      } loc(#loc159)
    } => !stream.timepoint loc(#loc186)
    %7 = stream.resource.dealloca on(#hal.device.affinity<@__device_0>) await(%6) => %result_0 : !stream.resource<transient>{%c1024} => !stream.timepoint loc(#loc185)
    stream.timepoint.chain_external on(#hal.device.affinity<@__device_0>) %7 => (%arg2 : !hal.fence) loc(#loc178)
    %8 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %2 : tensor<7x6xf16> in !stream.resource<external>{%c84} -> !hal.buffer_view loc(#loc178)
    %9 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<7x3x6xf16> in !stream.resource<external>{%c252} -> !hal.buffer_view loc(#loc178)
    %10 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<7x6xf16> in !stream.resource<external>{%c84} -> !hal.buffer_view loc(#loc178)
    util.return %8, %9, %10 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc182)
  } loc(#loc178)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc178)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc178)
    %c0 = arith.constant 0 : index loc(#loc178)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc178)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc178)
    %1:3 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc178)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc178)
    util.return %1#0, %1#1, %1#2 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc178)
  } loc(#loc178)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc1 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":1:0)
#loc2 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":2:2)
#loc3 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":3:4)
#loc5 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":4:6)
#loc6 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":5:6)
#loc7 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":7:4)
#loc8 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":8:6)
#loc9 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":9:8)
#loc10 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":10:8)
#loc11 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":11:8)
#loc12 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":12:8)
#loc13 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":13:8)
#loc14 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":17:8)
#loc15 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":18:8)
#loc16 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":19:8)
#loc17 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":20:8)
#loc18 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":21:8)
#loc19 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":22:8)
#loc20 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":24:10)
#loc21 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":25:10)
#loc22 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":27:8)
#loc23 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":28:8)
#loc24 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":30:10)
#loc25 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":31:10)
#loc26 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":33:8)
#loc27 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_0.mlir":34:8)
#loc28 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":1:0)
#loc29 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":2:2)
#loc30 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":3:4)
#loc32 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":4:6)
#loc33 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":5:6)
#loc34 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":7:4)
#loc35 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":8:6)
#loc36 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":9:8)
#loc37 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":10:8)
#loc38 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":11:8)
#loc39 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":12:8)
#loc40 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":13:8)
#loc41 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":14:8)
#loc42 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":15:8)
#loc43 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":17:10)
#loc44 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":18:10)
#loc45 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":19:10)
#loc46 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":21:8)
#loc47 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_2.mlir":22:8)
#loc48 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":1:0)
#loc49 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":2:2)
#loc50 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":3:4)
#loc51 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":4:6)
#loc52 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":5:6)
#loc53 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":7:4)
#loc54 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":8:6)
#loc55 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":9:8)
#loc56 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":10:8)
#loc57 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":11:8)
#loc58 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":12:8)
#loc59 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":13:8)
#loc60 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":14:8)
#loc61 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":15:8)
#loc62 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":16:8)
#loc63 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":17:8)
#loc64 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":19:10)
#loc65 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":20:10)
#loc66 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":22:8)
#loc67 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_3.mlir":23:8)
#loc68 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":1:0)
#loc69 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":2:2)
#loc70 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":3:4)
#loc72 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":4:6)
#loc73 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":5:6)
#loc74 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":7:4)
#loc75 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":8:6)
#loc76 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":9:8)
#loc77 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":10:8)
#loc78 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":11:8)
#loc79 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":12:8)
#loc80 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":13:8)
#loc81 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":14:8)
#loc82 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":15:8)
#loc83 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":16:8)
#loc84 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":17:8)
#loc85 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":19:10)
#loc86 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":20:10)
#loc87 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":22:8)
#loc88 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":23:8)
#loc89 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":25:10)
#loc90 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":26:10)
#loc91 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":28:8)
#loc92 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_4.mlir":29:8)
#loc93 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":1:0)
#loc94 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":2:2)
#loc95 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":3:4)
#loc96 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":4:6)
#loc97 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":5:6)
#loc98 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":7:4)
#loc99 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":8:6)
#loc100 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":9:8)
#loc101 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":10:8)
#loc102 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":11:8)
#loc103 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":12:8)
#loc104 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":13:8)
#loc105 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":14:8)
#loc106 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":15:8)
#loc107 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":16:8)
#loc108 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":17:8)
#loc109 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":18:8)
#loc110 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":19:8)
#loc111 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":20:8)
#loc112 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":21:8)
#loc113 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":22:8)
#loc114 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":24:10)
#loc115 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":25:10)
#loc116 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":27:8)
#loc117 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":29:10)
#loc118 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":30:10)
#loc119 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":31:10)
#loc120 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":32:10)
#loc121 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":33:10)
#loc122 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":35:8)
#loc123 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":37:10)
#loc124 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":38:10)
#loc125 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":40:8)
#loc126 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_5.mlir":41:8)
#loc127 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":1:0)
#loc128 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":2:2)
#loc129 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":3:4)
#loc131 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":4:6)
#loc132 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":5:6)
#loc133 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":7:4)
#loc134 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":8:6)
#loc135 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":9:8)
#loc136 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":10:8)
#loc137 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":11:8)
#loc138 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":12:8)
#loc139 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":13:8)
#loc140 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":14:8)
#loc141 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":15:8)
#loc142 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":16:8)
#loc143 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":18:10)
#loc144 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":19:10)
#loc145 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":21:8)
#loc146 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":22:8)
#loc147 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":24:10)
#loc148 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":25:10)
#loc149 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":26:10)
#loc150 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":27:10)
#loc151 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":28:10)
#loc152 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":29:10)
#loc153 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":30:10)
#loc154 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":32:8)
#loc155 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_6.mlir":33:8)
#loc156 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":1:0)
#loc157 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":2:2)
#loc158 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":3:4)
#loc160 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":4:6)
#loc161 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":5:6)
#loc162 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":7:4)
#loc163 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":8:6)
#loc164 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":9:8)
#loc165 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":10:8)
#loc166 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":11:8)
#loc167 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":12:8)
#loc168 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":13:8)
#loc169 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":14:8)
#loc170 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":15:8)
#loc171 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":16:8)
#loc172 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":17:8)
#loc174 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":19:10)
#loc175 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":20:10)
#loc176 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":22:8)
#loc177 = loc("corpora/costdata/.work/tmp9wsc1h07/dispatches/module_main$async_dispatch_8.mlir":23:8)
#loc178 = loc("<stdin>":2:3)
#loc179 = loc(unknown)
#loc180 = loc("<stdin>":2:19)
#loc181 = loc("<stdin>":8:10)
#loc182 = loc("<stdin>":32:5)
#loc183 = loc(fused[#loc173, #loc130, #loc71, #loc159])
#loc184 = loc(fused[#loc173, #loc130, #loc71])
#loc185 = loc(fused[#loc4, #loc181, #loc31, #loc71, #loc173, #loc130])
#loc186 = loc(fused[#loc159, #loc173, #loc130, #loc71, #loc31, #loc181, #loc4])
