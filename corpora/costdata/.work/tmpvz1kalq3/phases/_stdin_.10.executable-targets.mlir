#executable_target_embedded_elf_x86_64 = #hal.executable.target<"llvm-cpu", "embedded-elf-x86_64", {cpu = "znver3", cpu_features = "+adx,+aes,+avx,+avx2,+bmi,+bmi2,+clflushopt,+clwb,+clzero,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+mwaitx,+pclmul,+pku,+popcnt,+prfchw,+rdpid,+rdpru,+rdrnd,+rdseed,+sahf,+sha,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,+vaes,+vpclmulqdq,+wbnoinvd,+x87,+xsave,+xsavec,+xsaveopt,+xsaves,+64bit,+adx,+aes,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tile,+avx,-avx10.1,-avx10.2,-avx10v2aux,+avx2,-avx512bf16,-avx512bitalg,-avx512bmm,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,+bmi,+bmi2,-ccmp,-cf,-cldemote,+clflushopt,+clwb,+clzero,+cmov,-cmpccxadd,+crc32,+cx16,+cx8,-egpr,-enqcmd,+f16c,+fma,-fma4,+fsgsbase,+fxsr,-gfni,-hreset,+invpcid,-jmpabs,-kl,-lwp,+lzcnt,+mmx,+movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,+pclmul,-pconfig,+pku,+popcnt,-ppx,-prefetchi,+prfchw,-ptwrite,-push2pop2,-raoint,+rdpid,-rdpru,+rdrnd,+rdseed,-rtm,+sahf,-serialize,-sgx,+sha,-sha512,+shstk,-sm3,-sm4,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+sse4a,+ssse3,-tbm,-tsxldtrk,-uintr,-usermsr,+vaes,+vpclmulqdq,-waitpkg,+wbnoinvd,-widekl,-xop,+xsave,+xsavec,+xsaveopt,+xsaves,-zu", data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", iree.encoding.resolver = #iree_cpu.cpu_encoding_resolver<>, max_stack_allocation_size = 32768 : i64, native_vector_size = 32 : i64, target_triple = "x86_64-unknown-unknown-eabi-elf"}>
#loc4 = loc("<stdin>":9:10)
#loc9 = loc(unknown)
#loc24 = loc("<stdin>":12:10)
#loc35 = loc("<stdin>":16:10)
#loc51 = loc("<stdin>":18:10)
#pipeline_layout = #hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>
#pipeline_layout1 = #hal.pipeline.layout<bindings = [#hal.pipeline.binding<storage_buffer, "ReadOnly|Indirect">, #hal.pipeline.binding<storage_buffer, Indirect>], flags = Indirect>
#device_target_local = #hal.device.target<"local", [#executable_target_embedded_elf_x86_64]> : !hal.device
module attributes {stream.affinity.default = #hal.device.affinity<@__device_0>} {
  util.global private @__device_0 = #device_target_local loc(#loc)
  hal.executable private @main$async_dispatch_0 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_0_elementwise ordinal(0) layout(#pipeline_layout) count(%arg0: !hal.device loc("<stdin>":9:10)) -> (index, index, index) {
        %c1 = arith.constant 1 : index loc(#loc5)
        hal.return %c1, %c1, %c1 : index, index, index loc(#loc6)
      } <workgroup_size = [1 : index, 1 : index, 1 : index]> loc(#loc3)
      builtin.module attributes {llvm.data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", llvm.target_triple = "x86_64-unknown-unknown-eabi-elf"} {
        llvm.func @main$async_dispatch_0_elementwise(%arg0: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown), %arg1: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown), %arg2: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown)) -> i32 {
          %0 = llvm.mlir.constant(0 : i32) : i32 loc(#loc10)
          %1 = llvm.mlir.constant(64 : i64) : i64 loc(#loc9)
          %2 = llvm.mlir.constant(true) : i1 loc(#loc9)
          %3 = llvm.mlir.constant(127 : i32) : i32 loc(#loc11)
          %4 = llvm.mlir.constant(23 : i32) : i32 loc(#loc11)
          %5 = llvm.mlir.constant(1.270000e+02 : f32) : f32 loc(#loc11)
          %6 = llvm.mlir.constant(-1.270000e+02 : f32) : f32 loc(#loc11)
          %7 = llvm.mlir.constant(0.166666657 : f32) : f32 loc(#loc11)
          %8 = llvm.mlir.constant(0.0416657962 : f32) : f32 loc(#loc11)
          %9 = llvm.mlir.constant(0.00833345205 : f32) : f32 loc(#loc11)
          %10 = llvm.mlir.constant(0.00139819994 : f32) : f32 loc(#loc11)
          %11 = llvm.mlir.constant(1.98756912E-4 : f32) : f32 loc(#loc11)
          %12 = llvm.mlir.constant(2.12194442E-4 : f32) : f32 loc(#loc11)
          %13 = llvm.mlir.constant(-0.693359375 : f32) : f32 loc(#loc11)
          %14 = llvm.mlir.constant(1.44269502 : f32) : f32 loc(#loc11)
          %15 = llvm.mlir.constant(1.000000e+00 : f32) : f32 loc(#loc11)
          %16 = llvm.mlir.constant(5.000000e-01 : f32) : f32 loc(#loc9)
          %17 = llvm.mlir.constant(3.000000e+00 : f16) : f16 loc(#loc12)
          %18 = llvm.mlir.constant(1.000000e+00 : f16) : f16 loc(#loc13)
          %19 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc14)
          %20 = llvm.extractvalue %19[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc14)
          %21 = llvm.load %20 : !llvm.ptr -> !llvm.ptr loc(#loc14)
          llvm.intr.assume %2 ["align"(%21, %1 : !llvm.ptr, i64)] : i1 loc(#loc14)
          %22 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc15)
          %23 = llvm.extractvalue %22[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc15)
          %24 = llvm.getelementptr %23[1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr loc(#loc15)
          %25 = llvm.load %24 : !llvm.ptr -> !llvm.ptr loc(#loc15)
          llvm.intr.assume %2 ["align"(%25, %1 : !llvm.ptr, i64)] : i1 loc(#loc15)
          %26 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc16)
          %27 = llvm.extractvalue %26[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc16)
          %28 = llvm.getelementptr %27[2] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr loc(#loc16)
          %29 = llvm.load %28 : !llvm.ptr -> !llvm.ptr loc(#loc16)
          llvm.intr.assume %2 ["align"(%29, %1 : !llvm.ptr, i64)] : i1 loc(#loc16)
          %30 = llvm.load %21 : !llvm.ptr -> f16 loc(#loc17)
          %31 = llvm.fsub %17, %30 fastmath<contract> : f16 loc(#loc18)
          %32 = llvm.fcmp "ole" %31, %18 : f16 loc(#loc19)
          %33 = llvm.uitofp %32 : i1 to f32 loc(#loc20)
          %34 = llvm.intr.fma(%33, %14, %16) : (f32, f32, f32) -> f32 loc(#loc11)
          %35 = llvm.intr.floor(%34) : (f32) -> f32 loc(#loc11)
          %36 = llvm.fcmp "uge" %35, %6 : f32 loc(#loc11)
          %37 = llvm.select %36, %35, %6 : i1, f32 loc(#loc11)
          %38 = llvm.fcmp "ule" %37, %5 : f32 loc(#loc11)
          %39 = llvm.select %38, %37, %5 : i1, f32 loc(#loc11)
          %40 = llvm.intr.fma(%13, %39, %33) : (f32, f32, f32) -> f32 loc(#loc11)
          %41 = llvm.intr.fma(%12, %39, %40) : (f32, f32, f32) -> f32 loc(#loc11)
          %42 = llvm.intr.fma(%41, %11, %10) : (f32, f32, f32) -> f32 loc(#loc11)
          %43 = llvm.intr.fma(%42, %41, %9) : (f32, f32, f32) -> f32 loc(#loc11)
          %44 = llvm.intr.fma(%43, %41, %8) : (f32, f32, f32) -> f32 loc(#loc11)
          %45 = llvm.intr.fma(%44, %41, %7) : (f32, f32, f32) -> f32 loc(#loc11)
          %46 = llvm.intr.fma(%45, %41, %16) : (f32, f32, f32) -> f32 loc(#loc11)
          %47 = llvm.fmul %41, %41 fastmath<contract> : f32 loc(#loc11)
          %48 = llvm.intr.fma(%46, %47, %41) : (f32, f32, f32) -> f32 loc(#loc11)
          %49 = llvm.fadd %48, %15 fastmath<contract> : f32 loc(#loc11)
          %50 = llvm.fptosi %39 : f32 to i32 loc(#loc11)
          %51 = llvm.add %50, %3 : i32 loc(#loc11)
          %52 = llvm.shl %51, %4 : i32 loc(#loc11)
          %53 = llvm.bitcast %52 : i32 to f32 loc(#loc11)
          %54 = llvm.fmul %49, %53 fastmath<contract> : f32 loc(#loc11)
          llvm.store %31, %25 : f16, !llvm.ptr loc(#loc17)
          llvm.store %54, %29 : f32, !llvm.ptr loc(#loc17)
          llvm.return %0 : i32 loc(#loc10)
        } loc(#loc68)
      } loc(#loc7)
    } loc(#loc2)
  } loc(#loc1)
  hal.executable private @main$async_dispatch_1 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_1_elementwise_broadcast_3_f16 ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":12:10)) -> (index, index, index) {
        %c1 = arith.constant 1 : index loc(#loc9)
        hal.return %c1, %c1, %c1 : index, index, index loc(#loc25)
      } <workgroup_size = [1 : index, 1 : index, 1 : index]> loc(#loc23)
      builtin.module attributes {llvm.data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", llvm.target_triple = "x86_64-unknown-unknown-eabi-elf"} {
        llvm.func @main$async_dispatch_1_elementwise_broadcast_3_f16(%arg0: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown), %arg1: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown), %arg2: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown)) -> i32 {
          %0 = llvm.mlir.constant(0 : i32) : i32 loc(#loc9)
          %1 = llvm.mlir.poison : vector<3xf16> loc(#loc28)
          %2 = llvm.mlir.constant(true) : i1 loc(#loc9)
          %3 = llvm.mlir.constant(0 : i64) : i64 loc(#loc9)
          %4 = llvm.mlir.constant(64 : i64) : i64 loc(#loc9)
          %5 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc29)
          %6 = llvm.extractvalue %5[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc29)
          %7 = llvm.load %6 : !llvm.ptr -> !llvm.ptr loc(#loc29)
          llvm.intr.assume %2 ["align"(%7, %4 : !llvm.ptr, i64)] : i1 loc(#loc29)
          %8 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc30)
          %9 = llvm.extractvalue %8[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc30)
          %10 = llvm.getelementptr %9[1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr loc(#loc30)
          %11 = llvm.load %10 : !llvm.ptr -> !llvm.ptr loc(#loc30)
          %12 = llvm.getelementptr %11[64] : (!llvm.ptr) -> !llvm.ptr, i8 loc(#loc30)
          llvm.intr.assume %2 ["align"(%12, %4 : !llvm.ptr, i64)] : i1 loc(#loc30)
          %13 = llvm.load %7 <alignment = 2> : !llvm.ptr -> vector<1xf16> loc(#loc28)
          %14 = llvm.extractelement %13[%3 : i64] : vector<1xf16> loc(#loc28)
          %15 = llvm.insertelement %14, %1[%0 : i32] : vector<3xf16> loc(#loc28)
          %16 = llvm.shufflevector %15, %1 [0, 0, 0] : vector<3xf16>  loc(#loc28)
          llvm.store %16, %12 <alignment = 2> : vector<3xf16>, !llvm.ptr loc(#loc28)
          llvm.return %0 : i32 loc(#loc31)
        } loc(#loc69)
      } loc(#loc26)
    } loc(#loc22)
  } loc(#loc21)
  hal.executable private @main$async_dispatch_2 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_2_elementwise ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":16:10)) -> (index, index, index) {
        %c1 = arith.constant 1 : index loc(#loc36)
        hal.return %c1, %c1, %c1 : index, index, index loc(#loc37)
      } <workgroup_size = [1 : index, 1 : index, 1 : index]> loc(#loc34)
      builtin.module attributes {llvm.data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", llvm.target_triple = "x86_64-unknown-unknown-eabi-elf"} {
        llvm.func @main$async_dispatch_2_elementwise(%arg0: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown), %arg1: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown), %arg2: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown)) -> i32 {
          %0 = llvm.mlir.constant(0 : i32) : i32 loc(#loc40)
          %1 = llvm.mlir.constant(64 : i64) : i64 loc(#loc9)
          %2 = llvm.mlir.constant(true) : i1 loc(#loc9)
          %3 = llvm.mlir.constant(127 : i32) : i32 loc(#loc41)
          %4 = llvm.mlir.constant(23 : i32) : i32 loc(#loc41)
          %5 = llvm.mlir.constant(1.270000e+02 : f32) : f32 loc(#loc41)
          %6 = llvm.mlir.constant(-1.270000e+02 : f32) : f32 loc(#loc41)
          %7 = llvm.mlir.constant(0.166666657 : f32) : f32 loc(#loc41)
          %8 = llvm.mlir.constant(0.0416657962 : f32) : f32 loc(#loc41)
          %9 = llvm.mlir.constant(0.00833345205 : f32) : f32 loc(#loc41)
          %10 = llvm.mlir.constant(0.00139819994 : f32) : f32 loc(#loc41)
          %11 = llvm.mlir.constant(1.98756912E-4 : f32) : f32 loc(#loc41)
          %12 = llvm.mlir.constant(2.12194442E-4 : f32) : f32 loc(#loc41)
          %13 = llvm.mlir.constant(-0.693359375 : f32) : f32 loc(#loc41)
          %14 = llvm.mlir.constant(1.44269502 : f32) : f32 loc(#loc41)
          %15 = llvm.mlir.constant(1.000000e+00 : f32) : f32 loc(#loc41)
          %16 = llvm.mlir.constant(5.000000e-01 : f32) : f32 loc(#loc9)
          %17 = llvm.mlir.constant(2.000000e+00 : f16) : f16 loc(#loc42)
          %18 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc43)
          %19 = llvm.extractvalue %18[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc43)
          %20 = llvm.load %19 : !llvm.ptr -> !llvm.ptr loc(#loc43)
          llvm.intr.assume %2 ["align"(%20, %1 : !llvm.ptr, i64)] : i1 loc(#loc43)
          %21 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc44)
          %22 = llvm.extractvalue %21[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc44)
          %23 = llvm.getelementptr %22[1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr loc(#loc44)
          %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr loc(#loc44)
          %25 = llvm.getelementptr %24[128] : (!llvm.ptr) -> !llvm.ptr, i8 loc(#loc44)
          llvm.intr.assume %2 ["align"(%25, %1 : !llvm.ptr, i64)] : i1 loc(#loc44)
          %26 = llvm.load %20 : !llvm.ptr -> f16 loc(#loc45)
          %27 = llvm.fcmp "ole" %26, %17 : f16 loc(#loc46)
          %28 = llvm.uitofp %27 : i1 to f32 loc(#loc47)
          %29 = llvm.intr.fma(%28, %14, %16) : (f32, f32, f32) -> f32 loc(#loc41)
          %30 = llvm.intr.floor(%29) : (f32) -> f32 loc(#loc41)
          %31 = llvm.fcmp "uge" %30, %6 : f32 loc(#loc41)
          %32 = llvm.select %31, %30, %6 : i1, f32 loc(#loc41)
          %33 = llvm.fcmp "ule" %32, %5 : f32 loc(#loc41)
          %34 = llvm.select %33, %32, %5 : i1, f32 loc(#loc41)
          %35 = llvm.intr.fma(%13, %34, %28) : (f32, f32, f32) -> f32 loc(#loc41)
          %36 = llvm.intr.fma(%12, %34, %35) : (f32, f32, f32) -> f32 loc(#loc41)
          %37 = llvm.intr.fma(%36, %11, %10) : (f32, f32, f32) -> f32 loc(#loc41)
          %38 = llvm.intr.fma(%37, %36, %9) : (f32, f32, f32) -> f32 loc(#loc41)
          %39 = llvm.intr.fma(%38, %36, %8) : (f32, f32, f32) -> f32 loc(#loc41)
          %40 = llvm.intr.fma(%39, %36, %7) : (f32, f32, f32) -> f32 loc(#loc41)
          %41 = llvm.intr.fma(%40, %36, %16) : (f32, f32, f32) -> f32 loc(#loc41)
          %42 = llvm.fmul %36, %36 fastmath<contract> : f32 loc(#loc41)
          %43 = llvm.intr.fma(%41, %42, %36) : (f32, f32, f32) -> f32 loc(#loc41)
          %44 = llvm.fadd %43, %15 fastmath<contract> : f32 loc(#loc41)
          %45 = llvm.fptosi %34 : f32 to i32 loc(#loc41)
          %46 = llvm.add %45, %3 : i32 loc(#loc41)
          %47 = llvm.shl %46, %4 : i32 loc(#loc41)
          %48 = llvm.bitcast %47 : i32 to f32 loc(#loc41)
          %49 = llvm.fmul %44, %48 fastmath<contract> : f32 loc(#loc41)
          llvm.store %49, %25 : f32, !llvm.ptr loc(#loc45)
          llvm.return %0 : i32 loc(#loc40)
        } loc(#loc70)
      } loc(#loc38)
    } loc(#loc33)
  } loc(#loc32)
  hal.executable private @main$async_dispatch_3 {
    hal.executable.variant public @embedded_elf_x86_64 target(#executable_target_embedded_elf_x86_64) {
      hal.executable.export public @main$async_dispatch_3_elementwise ordinal(0) layout(#pipeline_layout1) count(%arg0: !hal.device loc("<stdin>":18:10)) -> (index, index, index) {
        %c1 = arith.constant 1 : index loc(#loc52)
        hal.return %c1, %c1, %c1 : index, index, index loc(#loc53)
      } <workgroup_size = [1 : index, 1 : index, 1 : index]> loc(#loc50)
      builtin.module attributes {llvm.data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", llvm.target_triple = "x86_64-unknown-unknown-eabi-elf"} {
        llvm.func @main$async_dispatch_3_elementwise(%arg0: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown), %arg1: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown), %arg2: !llvm.ptr {llvm.align = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef} loc(unknown)) -> i32 {
          %0 = llvm.mlir.constant(0 : i32) : i32 loc(#loc56)
          %1 = llvm.mlir.constant(64 : i64) : i64 loc(#loc9)
          %2 = llvm.mlir.constant(true) : i1 loc(#loc9)
          %3 = llvm.mlir.constant(0.000000e+00 : f16) : f16 loc(#loc57)
          %4 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc58)
          %5 = llvm.extractvalue %4[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc58)
          %6 = llvm.load %5 : !llvm.ptr -> !llvm.ptr loc(#loc58)
          llvm.intr.assume %2 ["align"(%6, %1 : !llvm.ptr, i64)] : i1 loc(#loc58)
          %7 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)> loc(#loc59)
          %8 = llvm.extractvalue %7[10] : !llvm.struct<"iree_hal_executable_dispatch_state_v0_t", (i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr)>  loc(#loc59)
          %9 = llvm.getelementptr %8[1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr loc(#loc59)
          %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr loc(#loc59)
          %11 = llvm.getelementptr %10[192] : (!llvm.ptr) -> !llvm.ptr, i8 loc(#loc59)
          llvm.intr.assume %2 ["align"(%11, %1 : !llvm.ptr, i64)] : i1 loc(#loc59)
          %12 = llvm.load %6 : !llvm.ptr -> f16 loc(#loc60)
          %13 = llvm.fadd %12, %3 fastmath<contract> : f16 loc(#loc61)
          llvm.store %13, %11 : f16, !llvm.ptr loc(#loc60)
          llvm.return %0 : i32 loc(#loc56)
        } loc(#loc71)
      } loc(#loc54)
    } loc(#loc49)
  } loc(#loc48)
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %c0 = arith.constant 0 : index loc(#loc9)
    %c256 = arith.constant 256 : index loc(#loc9)
    %c192 = arith.constant 192 : index loc(#loc9)
    %c128 = arith.constant 128 : index loc(#loc9)
    %c64 = arith.constant 64 : index loc(#loc9)
    %c6 = arith.constant 6 : index loc(#loc24)
    %c4 = arith.constant 4 : index loc(#loc9)
    %c2 = arith.constant 2 : index loc(#loc9)
    %c1 = arith.constant 1 : index loc(#loc63)
    %element_type_f16 = hal.element_type<f16> : i32 loc(#loc63)
    %dense_row_major = hal.encoding_type<dense_row_major> : i32 loc(#loc63)
    hal.buffer_view.assert<%arg0 : !hal.buffer_view> message("tensor") shape([%c1]) type(%element_type_f16) encoding(%dense_row_major) loc(#loc63)
    %0 = stream.tensor.import on(#hal.device.affinity<@__device_0>) %arg0 : !hal.buffer_view -> tensor<1xf16> in !stream.resource<external>{%c2} loc(#loc63)
    %1 = stream.timepoint.import on(#hal.device.affinity<@__device_0>) %arg1 : (!hal.fence) => !stream.timepoint loc(#loc63)
    %result, %result_timepoint = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<external>{%c256} => !stream.timepoint loc(#loc65)
    %2 = stream.resource.subview %result[%c0] : !stream.resource<external>{%c256} -> !stream.resource<external>{%c4} loc(#loc4)
    %3 = stream.resource.subview %result[%c64] : !stream.resource<external>{%c256} -> !stream.resource<external>{%c6} loc(#loc66)
    %4 = stream.resource.subview %result[%c128] : !stream.resource<external>{%c256} -> !stream.resource<external>{%c4} loc(#loc66)
    %5 = stream.resource.subview %result[%c192] : !stream.resource<external>{%c256} -> !stream.resource<external>{%c2} loc(#loc66)
    %result_0, %result_timepoint_1 = stream.resource.alloca uninitialized on(#hal.device.affinity<@__device_0>) await(%1) => !stream.resource<transient>{%c64} => !stream.timepoint loc(#loc4)
    %6 = stream.timepoint.join max(%result_timepoint, %result_timepoint_1) => !stream.timepoint loc(#loc67)
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
        } loc(#loc24)
        stream.cmd.dispatch @main$async_dispatch_2::@embedded_elf_x86_64::@main$async_dispatch_2_elementwise {
          ro %arg5[%c0 for %c64] : !stream.resource<transient>{%c64},
          wo %arg4[%c0 for %c256] : !stream.resource<external>{%c256}
        } loc(#loc35)
        stream.cmd.dispatch @main$async_dispatch_3::@embedded_elf_x86_64::@main$async_dispatch_3_elementwise {
          ro %arg5[%c0 for %c64] : !stream.resource<transient>{%c64},
          wo %arg4[%c0 for %c256] : !stream.resource<external>{%c256}
        } loc(#loc51)
      } loc(#loc66)
    } => !stream.timepoint loc(#loc67)
    %8 = stream.resource.dealloca on(#hal.device.affinity<@__device_0>) await(%7) => %result_0 : !stream.resource<transient>{%c64} => !stream.timepoint loc(#loc4)
    stream.timepoint.chain_external on(#hal.device.affinity<@__device_0>) %8 => (%arg2 : !hal.fence) loc(#loc62)
    %9 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %2 : tensor<1xf32> in !stream.resource<external>{%c4} -> !hal.buffer_view loc(#loc62)
    %10 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %3 : tensor<3xf16> in !stream.resource<external>{%c6} -> !hal.buffer_view loc(#loc62)
    %11 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %4 : tensor<1xf32> in !stream.resource<external>{%c4} -> !hal.buffer_view loc(#loc62)
    %12 = stream.tensor.export on(#hal.device.affinity<@__device_0>) %5 : tensor<f16> in !stream.resource<external>{%c2} -> !hal.buffer_view loc(#loc62)
    util.return %9, %10, %9, %11, %12 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc64)
  } loc(#loc62)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc62)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc62)
    %c0 = arith.constant 0 : index loc(#loc62)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc62)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc62)
    %1:5 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc62)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc62)
    util.return %1#0, %1#1, %1#2, %1#3, %1#4 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc62)
  } loc(#loc62)
} loc(#loc)
#di_basic_type = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "int", sizeInBits = 32, encoding = DW_ATE_signed>
#di_basic_type1 = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "unsigned int", sizeInBits = 32, encoding = DW_ATE_unsigned>
#di_basic_type2 = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "void", encoding = DW_ATE_address>
#di_basic_type3 = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "long long unsigned int", sizeInBits = 64, encoding = DW_ATE_unsigned>
#di_basic_type4 = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "unsigned short", sizeInBits = 16, encoding = DW_ATE_unsigned>
#di_basic_type5 = #llvm.di_basic_type<tag = DW_TAG_base_type, name = "unsigned char", sizeInBits = 8, encoding = DW_ATE_unsigned_char>
#di_file = #llvm.di_file<"configured_module_main$async_dispatch_0.mlir" in "corpora/costdata/.work/tmpvz1kalq3/dispatches">
#di_file1 = #llvm.di_file<"runtime/src/iree/hal/local/executable_library.h" in ".">
#di_file2 = #llvm.di_file<"configured_module_main$async_dispatch_1.mlir" in "corpora/costdata/.work/tmpvz1kalq3/dispatches">
#di_file3 = #llvm.di_file<"configured_module_main$async_dispatch_2.mlir" in "corpora/costdata/.work/tmpvz1kalq3/dispatches">
#di_file4 = #llvm.di_file<"configured_module_main$async_dispatch_3.mlir" in "corpora/costdata/.work/tmpvz1kalq3/dispatches">
#loc = loc("<stdin>":1:1)
#loc1 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":1:0)
#loc2 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":2:2)
#loc3 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":3:4)
#loc5 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":32:8)
#loc6 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":33:8)
#loc7 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":7:4)
#loc8 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":8:6)
#loc10 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":28:8)
#loc11 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":23:10)
#loc12 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":9:8)
#loc13 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":10:8)
#loc14 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":12:8)
#loc15 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":13:8)
#loc16 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":14:8)
#loc17 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":18:8)
#loc18 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":20:10)
#loc19 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":21:10)
#loc20 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir":22:10)
#loc21 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":1:0)
#loc22 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":2:2)
#loc23 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":3:4)
#loc25 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":25:8)
#loc26 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":7:4)
#loc27 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":8:6)
#loc28 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":15:8)
#loc29 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":11:8)
#loc30 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":12:8)
#loc31 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir":20:8)
#loc32 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":1:0)
#loc33 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":2:2)
#loc34 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":3:4)
#loc36 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":28:8)
#loc37 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":29:8)
#loc38 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":7:4)
#loc39 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":8:6)
#loc40 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":24:8)
#loc41 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":20:10)
#loc42 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":9:8)
#loc43 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":12:8)
#loc44 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":13:8)
#loc45 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":16:8)
#loc46 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":18:10)
#loc47 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir":19:10)
#loc48 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":1:0)
#loc49 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":2:2)
#loc50 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":3:4)
#loc52 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":26:8)
#loc53 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":27:8)
#loc54 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":7:4)
#loc55 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":8:6)
#loc56 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":22:8)
#loc57 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":9:8)
#loc58 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":12:8)
#loc59 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":13:8)
#loc60 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":16:8)
#loc61 = loc("corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir":18:10)
#loc62 = loc("<stdin>":2:3)
#loc63 = loc("<stdin>":2:19)
#loc64 = loc("<stdin>":19:5)
#di_compile_unit = #llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C17, file = #di_file, producer = "IREE", isOptimized = true, emissionKind = Full>
#di_compile_unit1 = #llvm.di_compile_unit<id = distinct[1]<>, sourceLanguage = DW_LANG_C17, file = #di_file2, producer = "IREE", isOptimized = true, emissionKind = Full>
#di_compile_unit2 = #llvm.di_compile_unit<id = distinct[2]<>, sourceLanguage = DW_LANG_C17, file = #di_file3, producer = "IREE", isOptimized = true, emissionKind = Full>
#di_compile_unit3 = #llvm.di_compile_unit<id = distinct[3]<>, sourceLanguage = DW_LANG_C17, file = #di_file4, producer = "IREE", isOptimized = true, emissionKind = Full>
#di_derived_type = #llvm.di_derived_type<tag = DW_TAG_typedef, name = "uint32_t", baseType = #di_basic_type1>
#di_derived_type1 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_basic_type2, sizeInBits = 64>
#di_derived_type2 = #llvm.di_derived_type<tag = DW_TAG_typedef, name = "uint64_t", baseType = #di_basic_type3>
#di_derived_type3 = #llvm.di_derived_type<tag = DW_TAG_typedef, name = "uint16_t", baseType = #di_basic_type4>
#di_derived_type4 = #llvm.di_derived_type<tag = DW_TAG_typedef, name = "uint8_t", baseType = #di_basic_type5>
#loc65 = loc(fused[#loc4, #loc51, #loc35, #loc24])
#loc66 = loc(fused[#loc51, #loc35, #loc24])
#loc67 = loc(fused[#loc51, #loc35, #loc24, #loc4])
#di_composite_type = #llvm.di_composite_type<tag = DW_TAG_array_type, name = "", file = #di_file1, line = 227, scope = #di_file1, baseType = #di_derived_type, sizeInBits = 2048, elements = #llvm.di_subrange<count = 64 : i64>>
#di_composite_type1 = #llvm.di_composite_type<tag = DW_TAG_array_type, name = "", file = #di_file1, line = 227, scope = #di_file1, baseType = #di_derived_type2, sizeInBits = 512, elements = #llvm.di_subrange<count = 8 : i64>>
#di_derived_type5 = #llvm.di_derived_type<tag = DW_TAG_member, name = "import_thunk", baseType = #di_derived_type1, sizeInBits = 64, offsetInBits = 64>
#di_derived_type6 = #llvm.di_derived_type<tag = DW_TAG_const_type, baseType = #di_derived_type1>
#di_derived_type7 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_size_x", baseType = #di_derived_type, sizeInBits = 32>
#di_derived_type8 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_size_y", baseType = #di_derived_type, sizeInBits = 32, offsetInBits = 32>
#di_derived_type9 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_size_z", baseType = #di_derived_type3, sizeInBits = 16, offsetInBits = 64>
#di_derived_type10 = #llvm.di_derived_type<tag = DW_TAG_member, name = "constant_count", baseType = #di_derived_type3, sizeInBits = 16, offsetInBits = 80>
#di_derived_type11 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_count_x", baseType = #di_derived_type, sizeInBits = 32, offsetInBits = 96>
#di_derived_type12 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_count_y", baseType = #di_derived_type, sizeInBits = 32, offsetInBits = 128>
#di_derived_type13 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_count_z", baseType = #di_derived_type3, sizeInBits = 16, offsetInBits = 160>
#di_derived_type14 = #llvm.di_derived_type<tag = DW_TAG_member, name = "max_concurrency", baseType = #di_derived_type4, sizeInBits = 8, offsetInBits = 176>
#di_derived_type15 = #llvm.di_derived_type<tag = DW_TAG_member, name = "binding_count", baseType = #di_derived_type4, sizeInBits = 8, offsetInBits = 184>
#di_derived_type16 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type4, sizeInBits = 64>
#di_derived_type17 = #llvm.di_derived_type<tag = DW_TAG_typedef, name = "size_t", baseType = #di_derived_type2>
#di_derived_type18 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_id_x", baseType = #di_derived_type, sizeInBits = 32>
#di_derived_type19 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_id_y", baseType = #di_derived_type, sizeInBits = 32, offsetInBits = 32>
#di_derived_type20 = #llvm.di_derived_type<tag = DW_TAG_member, name = "workgroup_id_z", baseType = #di_derived_type3, sizeInBits = 16, offsetInBits = 64>
#di_derived_type21 = #llvm.di_derived_type<tag = DW_TAG_member, name = "reserved", baseType = #di_derived_type3, sizeInBits = 16, offsetInBits = 80>
#di_derived_type22 = #llvm.di_derived_type<tag = DW_TAG_member, name = "processor_id", baseType = #di_derived_type, sizeInBits = 32, offsetInBits = 96>
#di_derived_type23 = #llvm.di_derived_type<tag = DW_TAG_member, name = "local_memory", baseType = #di_derived_type1, sizeInBits = 64, offsetInBits = 128>
#di_derived_type24 = #llvm.di_derived_type<tag = DW_TAG_member, name = "local_memory_size", baseType = #di_derived_type, sizeInBits = 32, offsetInBits = 192>
#di_composite_type2 = #llvm.di_composite_type<tag = DW_TAG_array_type, name = "", file = #di_file1, line = 227, scope = #di_file1, baseType = #di_derived_type16, sizeInBits = 4096, elements = #llvm.di_subrange<count = 64 : i64>>
#di_composite_type3 = #llvm.di_composite_type<tag = DW_TAG_array_type, name = "", file = #di_file1, line = 227, scope = #di_file1, baseType = #di_derived_type17, sizeInBits = 4096, elements = #llvm.di_subrange<count = 64 : i64>>
#di_composite_type4 = #llvm.di_composite_type<tag = DW_TAG_structure_type, name = "iree_hal_executable_workgroup_state_v0_t", file = #di_file1, line = 321, scope = #di_file1, sizeInBits = 256, elements = #di_derived_type18, #di_derived_type19, #di_derived_type20, #di_derived_type21, #di_derived_type22, #di_derived_type23, #di_derived_type24>
#di_derived_type25 = #llvm.di_derived_type<tag = DW_TAG_const_type, baseType = #di_composite_type>
#di_derived_type26 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type6, sizeInBits = 64>
#di_derived_type27 = #llvm.di_derived_type<tag = DW_TAG_member, name = "data", baseType = #di_composite_type1>
#di_composite_type5 = #llvm.di_composite_type<tag = DW_TAG_structure_type, name = "iree_hal_processor_v0_t", file = #di_file1, line = 227, scope = #di_file1, sizeInBits = 512, elements = #di_derived_type27>
#di_derived_type28 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type25, sizeInBits = 64>
#di_derived_type29 = #llvm.di_derived_type<tag = DW_TAG_member, name = "import_funcs", baseType = #di_derived_type26, sizeInBits = 64, offsetInBits = 128>
#di_derived_type30 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type26, sizeInBits = 64>
#di_derived_type31 = #llvm.di_derived_type<tag = DW_TAG_const_type, baseType = #di_composite_type2>
#di_derived_type32 = #llvm.di_derived_type<tag = DW_TAG_const_type, baseType = #di_composite_type3>
#di_derived_type33 = #llvm.di_derived_type<tag = DW_TAG_typedef, name = "iree_hal_executable_workgroup_state_v0_t", baseType = #di_composite_type4>
#di_derived_type34 = #llvm.di_derived_type<tag = DW_TAG_member, name = "constants", baseType = #di_derived_type28, sizeInBits = 64>
#di_derived_type35 = #llvm.di_derived_type<tag = DW_TAG_member, name = "import_contexts", baseType = #di_derived_type30, sizeInBits = 64, offsetInBits = 192>
#di_derived_type36 = #llvm.di_derived_type<tag = DW_TAG_member, name = "processor", baseType = #di_composite_type5, offsetInBits = 256>
#di_derived_type37 = #llvm.di_derived_type<tag = DW_TAG_member, name = "constants", baseType = #di_derived_type28, sizeInBits = 64, offsetInBits = 192>
#di_derived_type38 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type31, sizeInBits = 64>
#di_derived_type39 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type32, sizeInBits = 64>
#di_derived_type40 = #llvm.di_derived_type<tag = DW_TAG_const_type, baseType = #di_derived_type33>
#di_composite_type6 = #llvm.di_composite_type<tag = DW_TAG_structure_type, name = "iree_hal_executable_environment_v0_t", file = #di_file1, line = 246, scope = #di_file1, sizeInBits = 768, elements = #di_derived_type34, #di_derived_type5, #di_derived_type29, #di_derived_type35, #di_derived_type36>
#di_derived_type41 = #llvm.di_derived_type<tag = DW_TAG_member, name = "binding_ptrs", baseType = #di_derived_type38, sizeInBits = 64, offsetInBits = 256>
#di_derived_type42 = #llvm.di_derived_type<tag = DW_TAG_member, name = "binding_lengths", baseType = #di_derived_type39, sizeInBits = 64, offsetInBits = 320>
#di_derived_type43 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type40, sizeInBits = 64>
#di_composite_type7 = #llvm.di_composite_type<tag = DW_TAG_structure_type, name = "iree_hal_executable_dispatch_state_v0_t", file = #di_file1, line = 275, scope = #di_file1, sizeInBits = 384, elements = #di_derived_type7, #di_derived_type8, #di_derived_type9, #di_derived_type10, #di_derived_type11, #di_derived_type12, #di_derived_type13, #di_derived_type14, #di_derived_type15, #di_derived_type37, #di_derived_type41, #di_derived_type42>
#di_derived_type44 = #llvm.di_derived_type<tag = DW_TAG_typedef, name = "iree_hal_executable_environment_v0_t", baseType = #di_composite_type6>
#di_derived_type45 = #llvm.di_derived_type<tag = DW_TAG_const_type, baseType = #di_derived_type44>
#di_derived_type46 = #llvm.di_derived_type<tag = DW_TAG_typedef, name = "iree_hal_executable_dispatch_state_v0_t", baseType = #di_composite_type7>
#di_derived_type47 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type45, sizeInBits = 64>
#di_derived_type48 = #llvm.di_derived_type<tag = DW_TAG_const_type, baseType = #di_derived_type46>
#di_derived_type49 = #llvm.di_derived_type<tag = DW_TAG_pointer_type, baseType = #di_derived_type48, sizeInBits = 64>
#di_subroutine_type = #llvm.di_subroutine_type<callingConvention = DW_CC_normal, types = #di_basic_type, #di_derived_type47, #di_derived_type49, #di_derived_type43>
#di_subprogram = #llvm.di_subprogram<id = distinct[4]<>, compileUnit = #di_compile_unit, scope = #di_file, name = "main$async_dispatch_0_elementwise", linkageName = "main$async_dispatch_0_elementwise", file = #di_file, line = 1, scopeLine = 1, subprogramFlags = "Definition|Optimized", type = #di_subroutine_type>
#di_subprogram1 = #llvm.di_subprogram<id = distinct[5]<>, compileUnit = #di_compile_unit1, scope = #di_file2, name = "main$async_dispatch_1_elementwise_broadcast_3_f16", linkageName = "main$async_dispatch_1_elementwise_broadcast_3_f16", file = #di_file2, line = 1, scopeLine = 1, subprogramFlags = "Definition|Optimized", type = #di_subroutine_type>
#di_subprogram2 = #llvm.di_subprogram<id = distinct[6]<>, compileUnit = #di_compile_unit2, scope = #di_file3, name = "main$async_dispatch_2_elementwise", linkageName = "main$async_dispatch_2_elementwise", file = #di_file3, line = 1, scopeLine = 1, subprogramFlags = "Definition|Optimized", type = #di_subroutine_type>
#di_subprogram3 = #llvm.di_subprogram<id = distinct[7]<>, compileUnit = #di_compile_unit3, scope = #di_file4, name = "main$async_dispatch_3_elementwise", linkageName = "main$async_dispatch_3_elementwise", file = #di_file4, line = 1, scopeLine = 1, subprogramFlags = "Definition|Optimized", type = #di_subroutine_type>
#loc68 = loc(fused<#di_subprogram>[#loc8])
#loc69 = loc(fused<#di_subprogram1>[#loc27])
#loc70 = loc(fused<#di_subprogram2>[#loc39])
#loc71 = loc(fused<#di_subprogram3>[#loc55])
