; ModuleID = '_stdin__linked'
source_filename = "_stdin__linked"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-unknown-eabi-elf"

%iree_hal_executable_library_header_t = type { i32, ptr, i32, i32 }
%iree_hal_executable_dispatch_attrs_v0_t = type { i64, i16, i8, i8, i32, i32, i16, i16, i64, i64, i64, i64, i64 }
%iree_hal_executable_source_location_v0_t = type { i32, i32, ptr }
%iree_hal_executable_stage_location_table_v0_t = type { i32, ptr, ptr }
%iree_hal_executable_library_v0_t = type { ptr, %iree_hal_executable_import_table_v0_t, %iree_hal_executable_export_table_v0_t, %iree_hal_executable_constant_table_v0_t, %iree_hal_executable_source_file_table_v0_t }
%iree_hal_executable_import_table_v0_t = type { i32, ptr }
%iree_hal_executable_export_table_v0_t = type { i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr, ptr }
%iree_hal_executable_constant_table_v0_t = type { i32 }
%iree_hal_executable_source_file_table_v0_t = type { i32, ptr }
%iree_hal_executable_dispatch_state_v0_t = type { i32, i32, i16, i16, i32, i32, i16, i8, i8, ptr, ptr, ptr }
%iree_hal_executable_workgroup_state_v0_t = type { i32, i32, i16, i16, i32, ptr, i32 }

@0 = private constant [15 x i8] c"_stdin__linked\00", align 1
@iree_hal_executable_library_query_v0_header = private constant %iree_hal_executable_library_header_t { i32 6, ptr @0, i32 0, i32 0 }
@iree_hal_executable_library_query_v0_funcs = private constant [7 x ptr] [ptr @"main$async_dispatch_0_softmax_7x3x6xf32_generic", ptr @"main$async_dispatch_2_elementwise_126_f16xf32", ptr @"main$async_dispatch_3_softmax_7x3x6xf32_generic", ptr @"main$async_dispatch_4_reduction_7x6x3_f32", ptr @"main$async_dispatch_5_reduction_7x6x3_f32", ptr @"main$async_dispatch_6_elementwise_126_f32xf16", ptr @"main$async_dispatch_8_reduction_7x6x3_f16"]
@iree_hal_executable_library_query_v0_attrs = private constant [7 x %iree_hal_executable_dispatch_attrs_v0_t] [%iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 2, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }]
@1 = private constant [48 x i8] c"main$async_dispatch_0_softmax_7x3x6xf32_generic\00", align 1
@2 = private constant [46 x i8] c"main$async_dispatch_2_elementwise_126_f16xf32\00", align 1
@3 = private constant [48 x i8] c"main$async_dispatch_3_softmax_7x3x6xf32_generic\00", align 1
@4 = private constant [42 x i8] c"main$async_dispatch_4_reduction_7x6x3_f32\00", align 1
@5 = private constant [42 x i8] c"main$async_dispatch_5_reduction_7x6x3_f32\00", align 1
@6 = private constant [46 x i8] c"main$async_dispatch_6_elementwise_126_f32xf16\00", align 1
@7 = private constant [42 x i8] c"main$async_dispatch_8_reduction_7x6x3_f16\00", align 1
@iree_hal_executable_library_query_v0_names = private constant [7 x ptr] [ptr @1, ptr @2, ptr @3, ptr @4, ptr @5, ptr @6, ptr @7]
@8 = private constant [91 x i8] c"corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_0.mlir\00", align 1
@9 = private constant [91 x i8] c"corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_2.mlir\00", align 1
@10 = private constant [91 x i8] c"corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_3.mlir\00", align 1
@11 = private constant [91 x i8] c"corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_4.mlir\00", align 1
@12 = private constant [91 x i8] c"corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_5.mlir\00", align 1
@13 = private constant [91 x i8] c"corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_6.mlir\00", align 1
@14 = private constant [91 x i8] c"corpora/costdata/.work/tmp9wsc1h07/dispatches/configured_module_main$async_dispatch_8.mlir\00", align 1
@iree_hal_executable_library_query_v0_source_locations = private constant [7 x %iree_hal_executable_source_location_v0_t] [%iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @8 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @9 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @10 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @11 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @12 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @13 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @14 }]
@"iree_hal_executable_library_query_v0_main$async_dispatch_0_softmax_7x3x6xf32_generic_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_0_softmax_7x3x6xf32_generic_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_126_f16xf32_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_126_f16xf32_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_3_softmax_7x3x6xf32_generic_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_3_softmax_7x3x6xf32_generic_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_4_reduction_7x6x3_f32_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_4_reduction_7x6x3_f32_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_5_reduction_7x6x3_f32_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_5_reduction_7x6x3_f32_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_6_elementwise_126_f32xf16_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_6_elementwise_126_f32xf16_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_8_reduction_7x6x3_f16_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_8_reduction_7x6x3_f16_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@iree_hal_executable_library_query_v0_stage_location_tables = private constant [7 x %iree_hal_executable_stage_location_table_v0_t] [%iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_0_softmax_7x3x6xf32_generic_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_0_softmax_7x3x6xf32_generic_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_126_f16xf32_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_126_f16xf32_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_3_softmax_7x3x6xf32_generic_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_3_softmax_7x3x6xf32_generic_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_4_reduction_7x6x3_f32_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_4_reduction_7x6x3_f32_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_5_reduction_7x6x3_f32_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_5_reduction_7x6x3_f32_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_6_elementwise_126_f32xf16_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_6_elementwise_126_f32xf16_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_8_reduction_7x6x3_f16_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_8_reduction_7x6x3_f16_stage_source_locations" }]
@iree_hal_executable_library_query_v0 = private constant %iree_hal_executable_library_v0_t { ptr @iree_hal_executable_library_query_v0_header, %iree_hal_executable_import_table_v0_t zeroinitializer, %iree_hal_executable_export_table_v0_t { i32 7, ptr @iree_hal_executable_library_query_v0_funcs, ptr @iree_hal_executable_library_query_v0_attrs, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_names, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_source_locations, ptr @iree_hal_executable_library_query_v0_stage_location_tables }, %iree_hal_executable_constant_table_v0_t zeroinitializer, %iree_hal_executable_source_file_table_v0_t zeroinitializer }

define internal i32 @"main$async_dispatch_0_softmax_7x3x6xf32_generic"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !77 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !98
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 9, !dbg !98
  %6 = load i32, ptr %5, align 4, !dbg !98
  %7 = getelementptr i32, ptr %5, i32 1, !dbg !99
  %8 = load i32, ptr %7, align 4, !dbg !99
  %9 = zext i32 %6 to i64, !dbg !100
  %10 = zext i32 %8 to i64, !dbg !101
  %11 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !102
  %12 = load ptr, ptr %11, align 8, !dbg !102
  %13 = getelementptr i8, ptr %12, i64 %9, !dbg !102
  call void @llvm.assume(i1 true) [ "align"(ptr %13, i64 64) ], !dbg !102
  %14 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !103
  %15 = extractvalue %iree_hal_executable_dispatch_state_v0_t %14, 10, !dbg !103
  %16 = getelementptr ptr, ptr %15, i32 1, !dbg !103
  %17 = load ptr, ptr %16, align 8, !dbg !103
  %18 = getelementptr i8, ptr %17, i64 %10, !dbg !103
  call void @llvm.assume(i1 true) [ "align"(ptr %18, i64 64) ], !dbg !103
  %19 = load %iree_hal_executable_workgroup_state_v0_t, ptr %2, align 8, !dbg !96
  %20 = extractvalue %iree_hal_executable_workgroup_state_v0_t %19, 0, !dbg !96
  %21 = zext i32 %20 to i64, !dbg !96
  %22 = sdiv i64 %21, 3, !dbg !96
  %23 = mul i64 %22, 3, !dbg !96
  %24 = icmp ne i64 %21, %23, !dbg !96
  %25 = icmp slt i64 %21, 0, !dbg !96
  %26 = and i1 %24, %25, !dbg !96
  %27 = add i64 %22, -1, !dbg !96
  %28 = select i1 %26, i64 %27, i64 %22, !dbg !96
  %29 = srem i64 %21, 3, !dbg !96
  %30 = icmp slt i64 %29, 0, !dbg !96
  %31 = add nsw i64 %29, 3, !dbg !96
  %32 = select i1 %30, i64 %31, i64 %29, !dbg !96
  %33 = mul i64 %28, 18, !dbg !104
  %34 = mul i64 %32, 6, !dbg !104
  %35 = add i64 %33, %34, !dbg !104
  %36 = add i64 %35, 0, !dbg !104
  %37 = getelementptr half, ptr %13, i64 %36, !dbg !104
  %38 = load <6 x half>, ptr %37, align 2, !dbg !104
  %39 = fpext <6 x half> %38 to <6 x float>, !dbg !105
  %40 = call float @llvm.vector.reduce.fmax.v6f32(<6 x float> %39), !dbg !106
  %41 = call float @llvm.maxnum.f32(float %40, float -qnan), !dbg !106
  %42 = insertelement <6 x float> poison, float %41, i32 0, !dbg !107
  %43 = shufflevector <6 x float> %42, <6 x float> poison, <6 x i32> zeroinitializer, !dbg !107
  %44 = fsub contract <6 x float> %39, %43, !dbg !107
  %45 = fcmp uge <6 x float> %44, splat (float -8.780000e+01), !dbg !97
  %46 = select <6 x i1> %45, <6 x float> %44, <6 x float> splat (float -8.780000e+01), !dbg !97
  %47 = fcmp ule <6 x float> %46, splat (float 8.880000e+01), !dbg !97
  %48 = select <6 x i1> %47, <6 x float> %46, <6 x float> splat (float 8.880000e+01), !dbg !97
  %49 = call <6 x float> @llvm.fma.v6f32(<6 x float> %48, <6 x float> splat (float f0x3FB8AA3B), <6 x float> splat (float 5.000000e-01)), !dbg !97
  %50 = call <6 x float> @llvm.floor.v6f32(<6 x float> %49), !dbg !97
  %51 = fcmp uge <6 x float> %50, splat (float -1.270000e+02), !dbg !97
  %52 = select <6 x i1> %51, <6 x float> %50, <6 x float> splat (float -1.270000e+02), !dbg !97
  %53 = fcmp ule <6 x float> %52, splat (float 1.270000e+02), !dbg !97
  %54 = select <6 x i1> %53, <6 x float> %52, <6 x float> splat (float 1.270000e+02), !dbg !97
  %55 = call <6 x float> @llvm.fma.v6f32(<6 x float> splat (float f0xBF318000), <6 x float> %54, <6 x float> %48), !dbg !97
  %56 = call <6 x float> @llvm.fma.v6f32(<6 x float> splat (float f0x395E8083), <6 x float> %54, <6 x float> %55), !dbg !97
  %57 = call <6 x float> @llvm.fma.v6f32(<6 x float> %56, <6 x float> splat (float f0x39506967), <6 x float> splat (float f0x3AB743CE)), !dbg !97
  %58 = call <6 x float> @llvm.fma.v6f32(<6 x float> %57, <6 x float> %56, <6 x float> splat (float f0x3C088908)), !dbg !97
  %59 = call <6 x float> @llvm.fma.v6f32(<6 x float> %58, <6 x float> %56, <6 x float> splat (float f0x3D2AA9C1)), !dbg !97
  %60 = call <6 x float> @llvm.fma.v6f32(<6 x float> %59, <6 x float> %56, <6 x float> splat (float f0x3E2AAAAA)), !dbg !97
  %61 = call <6 x float> @llvm.fma.v6f32(<6 x float> %60, <6 x float> %56, <6 x float> splat (float 5.000000e-01)), !dbg !97
  %62 = fmul contract <6 x float> %56, %56, !dbg !97
  %63 = call <6 x float> @llvm.fma.v6f32(<6 x float> %61, <6 x float> %62, <6 x float> %56), !dbg !97
  %64 = fadd contract <6 x float> %63, splat (float 1.000000e+00), !dbg !97
  %65 = fptosi <6 x float> %54 to <6 x i32>, !dbg !97
  %66 = add <6 x i32> %65, splat (i32 127), !dbg !97
  %67 = shl <6 x i32> %66, splat (i32 23), !dbg !97
  %68 = bitcast <6 x i32> %67 to <6 x float>, !dbg !97
  %69 = fmul contract <6 x float> %64, %68, !dbg !97
  %70 = call float @llvm.vector.reduce.fadd.v6f32(float 0.000000e+00, <6 x float> %69), !dbg !108
  %71 = insertelement <6 x float> poison, float %70, i32 0, !dbg !109
  %72 = shufflevector <6 x float> %71, <6 x float> poison, <6 x i32> zeroinitializer, !dbg !109
  %73 = fdiv <6 x float> %69, %72, !dbg !109
  %74 = fptrunc <6 x float> %73 to <6 x half>, !dbg !110
  %75 = getelementptr half, ptr %18, i64 %36, !dbg !110
  store <6 x half> %74, ptr %75, align 2, !dbg !110
  ret i32 0, !dbg !111
}

define internal i32 @"main$async_dispatch_2_elementwise_126_f16xf32"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !80 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !112
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !112
  %6 = load ptr, ptr %5, align 8, !dbg !112
  %7 = getelementptr i8, ptr %6, i32 256, !dbg !112
  call void @llvm.assume(i1 true) [ "align"(ptr %7, i64 64) ], !dbg !112
  %8 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !113
  %9 = extractvalue %iree_hal_executable_dispatch_state_v0_t %8, 10, !dbg !113
  %10 = getelementptr ptr, ptr %9, i32 1, !dbg !113
  %11 = load ptr, ptr %10, align 8, !dbg !113
  %12 = getelementptr i8, ptr %11, i32 512, !dbg !113
  call void @llvm.assume(i1 true) [ "align"(ptr %12, i64 64) ], !dbg !113
  br label %13, !dbg !114

13:                                               ; preds = %16, %3
  %14 = phi i64 [ %62, %16 ], [ 0, %3 ], !dbg !114
  %15 = icmp slt i64 %14, 126, !dbg !114
  br i1 %15, label %16, label %63, !dbg !114

16:                                               ; preds = %13
  %17 = sub i64 126, %14, !dbg !114
  %18 = call i64 @llvm.smin.i64(i64 %17, i64 8), !dbg !114
  %19 = call i64 @llvm.smin.i64(i64 %18, i64 2147483647), !dbg !114
  %20 = trunc i64 %19 to i32, !dbg !114
  %21 = insertelement <8 x i32> poison, i32 %20, i32 0, !dbg !114
  %22 = shufflevector <8 x i32> %21, <8 x i32> poison, <8 x i32> zeroinitializer, !dbg !114
  %23 = icmp sgt <8 x i32> %22, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>, !dbg !114
  %24 = getelementptr half, ptr %7, i64 %14, !dbg !114
  %25 = call <8 x half> @llvm.masked.load.v8f16.p0(ptr align 2 %24, <8 x i1> %23, <8 x half> poison), !dbg !114
  %26 = bitcast <8 x half> %25 to <8 x i16>, !dbg !116
  %27 = call <8 x half> @llvm.round.v8f16(<8 x half> %25), !dbg !116
  %28 = bitcast <8 x half> %27 to <8 x i16>, !dbg !116
  %29 = lshr <8 x i16> %26, splat (i16 10), !dbg !116
  %30 = and <8 x i16> %29, splat (i16 31), !dbg !116
  %31 = sub <8 x i16> %30, splat (i16 15), !dbg !116
  %32 = lshr <8 x i16> %28, splat (i16 10), !dbg !116
  %33 = and <8 x i16> %32, splat (i16 31), !dbg !116
  %34 = sub <8 x i16> %33, splat (i16 15), !dbg !116
  %35 = icmp eq <8 x i16> %34, zeroinitializer, !dbg !116
  %36 = sub <8 x i16> %34, splat (i16 1), !dbg !116
  %37 = call <8 x i16> @llvm.smax.v8i16(<8 x i16> %36, <8 x i16> zeroinitializer), !dbg !116
  %38 = call <8 x i16> @llvm.smin.v8i16(<8 x i16> %37, <8 x i16> splat (i16 15)), !dbg !116
  %39 = lshr <8 x i16> splat (i16 1023), %38, !dbg !116
  %40 = and <8 x i16> %28, %39, !dbg !116
  %41 = icmp ne <8 x i16> %40, zeroinitializer, !dbg !116
  %42 = or <8 x i1> %41, %35, !dbg !116
  %43 = icmp eq <8 x i16> %31, splat (i16 -1), !dbg !116
  %44 = call <8 x i16> @llvm.smax.v8i16(<8 x i16> %31, <8 x i16> zeroinitializer), !dbg !116
  %45 = call <8 x i16> @llvm.smin.v8i16(<8 x i16> %44, <8 x i16> splat (i16 15)), !dbg !116
  %46 = lshr <8 x i16> splat (i16 512), %45, !dbg !116
  %47 = select <8 x i1> %43, <8 x i16> zeroinitializer, <8 x i16> %46, !dbg !116
  %48 = lshr <8 x i16> splat (i16 1023), %45, !dbg !116
  %49 = and <8 x i16> %26, %48, !dbg !116
  %50 = icmp eq <8 x i16> %49, %47, !dbg !116
  %51 = icmp sge <8 x i16> %31, splat (i16 -1), !dbg !116
  %52 = icmp slt <8 x i16> %31, splat (i16 10), !dbg !116
  %53 = and <8 x i1> %50, %52, !dbg !116
  %54 = and <8 x i1> %53, %51, !dbg !116
  %55 = call <8 x half> @llvm.copysign.v8f16(<8 x half> splat (half 1.000000e+00), <8 x half> %25), !dbg !116
  %56 = fsub contract <8 x half> %27, %55, !dbg !116
  %57 = and <8 x i1> %42, %54, !dbg !116
  %58 = select <8 x i1> %57, <8 x half> %56, <8 x half> %27, !dbg !116
  %59 = call <8 x half> @llvm.copysign.v8f16(<8 x half> %58, <8 x half> %25), !dbg !116
  %60 = fpext <8 x half> %59 to <8 x float>, !dbg !117
  %61 = getelementptr float, ptr %12, i64 %14, !dbg !117
  call void @llvm.masked.store.v8f32.p0(<8 x float> %60, ptr align 4 %61, <8 x i1> %23), !dbg !117
  %62 = add i64 %14, 8, !dbg !114
  br label %13, !dbg !114

63:                                               ; preds = %13
  ret i32 0, !dbg !115
}

define internal i32 @"main$async_dispatch_3_softmax_7x3x6xf32_generic"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !83 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !120
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !120
  %6 = load ptr, ptr %5, align 8, !dbg !120
  %7 = getelementptr i8, ptr %6, i32 512, !dbg !120
  call void @llvm.assume(i1 true) [ "align"(ptr %7, i64 64) ], !dbg !120
  %8 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !121
  %9 = extractvalue %iree_hal_executable_dispatch_state_v0_t %8, 10, !dbg !121
  %10 = getelementptr ptr, ptr %9, i32 1, !dbg !121
  %11 = load ptr, ptr %10, align 8, !dbg !121
  call void @llvm.assume(i1 true) [ "align"(ptr %11, i64 64) ], !dbg !121
  %12 = load %iree_hal_executable_workgroup_state_v0_t, ptr %2, align 8, !dbg !118
  %13 = extractvalue %iree_hal_executable_workgroup_state_v0_t %12, 0, !dbg !118
  %14 = zext i32 %13 to i64, !dbg !118
  %15 = sdiv i64 %14, 3, !dbg !118
  %16 = mul i64 %15, 3, !dbg !118
  %17 = icmp ne i64 %14, %16, !dbg !118
  %18 = icmp slt i64 %14, 0, !dbg !118
  %19 = and i1 %17, %18, !dbg !118
  %20 = add i64 %15, -1, !dbg !118
  %21 = select i1 %19, i64 %20, i64 %15, !dbg !118
  %22 = srem i64 %14, 3, !dbg !118
  %23 = icmp slt i64 %22, 0, !dbg !118
  %24 = add nsw i64 %22, 3, !dbg !118
  %25 = select i1 %23, i64 %24, i64 %22, !dbg !118
  %26 = mul i64 %21, 18, !dbg !122
  %27 = mul i64 %25, 6, !dbg !122
  %28 = add i64 %26, %27, !dbg !122
  %29 = add i64 %28, 0, !dbg !122
  %30 = getelementptr float, ptr %7, i64 %29, !dbg !122
  %31 = load <6 x float>, ptr %30, align 4, !dbg !122
  %32 = call float @llvm.vector.reduce.fmax.v6f32(<6 x float> %31), !dbg !123
  %33 = call float @llvm.maxnum.f32(float %32, float -qnan), !dbg !123
  %34 = insertelement <6 x float> poison, float %33, i32 0, !dbg !124
  %35 = shufflevector <6 x float> %34, <6 x float> poison, <6 x i32> zeroinitializer, !dbg !124
  %36 = fsub contract <6 x float> %31, %35, !dbg !124
  %37 = fcmp uge <6 x float> %36, splat (float -8.780000e+01), !dbg !119
  %38 = select <6 x i1> %37, <6 x float> %36, <6 x float> splat (float -8.780000e+01), !dbg !119
  %39 = fcmp ule <6 x float> %38, splat (float 8.880000e+01), !dbg !119
  %40 = select <6 x i1> %39, <6 x float> %38, <6 x float> splat (float 8.880000e+01), !dbg !119
  %41 = call <6 x float> @llvm.fma.v6f32(<6 x float> %40, <6 x float> splat (float f0x3FB8AA3B), <6 x float> splat (float 5.000000e-01)), !dbg !119
  %42 = call <6 x float> @llvm.floor.v6f32(<6 x float> %41), !dbg !119
  %43 = fcmp uge <6 x float> %42, splat (float -1.270000e+02), !dbg !119
  %44 = select <6 x i1> %43, <6 x float> %42, <6 x float> splat (float -1.270000e+02), !dbg !119
  %45 = fcmp ule <6 x float> %44, splat (float 1.270000e+02), !dbg !119
  %46 = select <6 x i1> %45, <6 x float> %44, <6 x float> splat (float 1.270000e+02), !dbg !119
  %47 = call <6 x float> @llvm.fma.v6f32(<6 x float> splat (float f0xBF318000), <6 x float> %46, <6 x float> %40), !dbg !119
  %48 = call <6 x float> @llvm.fma.v6f32(<6 x float> splat (float f0x395E8083), <6 x float> %46, <6 x float> %47), !dbg !119
  %49 = call <6 x float> @llvm.fma.v6f32(<6 x float> %48, <6 x float> splat (float f0x39506967), <6 x float> splat (float f0x3AB743CE)), !dbg !119
  %50 = call <6 x float> @llvm.fma.v6f32(<6 x float> %49, <6 x float> %48, <6 x float> splat (float f0x3C088908)), !dbg !119
  %51 = call <6 x float> @llvm.fma.v6f32(<6 x float> %50, <6 x float> %48, <6 x float> splat (float f0x3D2AA9C1)), !dbg !119
  %52 = call <6 x float> @llvm.fma.v6f32(<6 x float> %51, <6 x float> %48, <6 x float> splat (float f0x3E2AAAAA)), !dbg !119
  %53 = call <6 x float> @llvm.fma.v6f32(<6 x float> %52, <6 x float> %48, <6 x float> splat (float 5.000000e-01)), !dbg !119
  %54 = fmul contract <6 x float> %48, %48, !dbg !119
  %55 = call <6 x float> @llvm.fma.v6f32(<6 x float> %53, <6 x float> %54, <6 x float> %48), !dbg !119
  %56 = fadd contract <6 x float> %55, splat (float 1.000000e+00), !dbg !119
  %57 = fptosi <6 x float> %46 to <6 x i32>, !dbg !119
  %58 = add <6 x i32> %57, splat (i32 127), !dbg !119
  %59 = shl <6 x i32> %58, splat (i32 23), !dbg !119
  %60 = bitcast <6 x i32> %59 to <6 x float>, !dbg !119
  %61 = fmul contract <6 x float> %56, %60, !dbg !119
  %62 = call float @llvm.vector.reduce.fadd.v6f32(float 0.000000e+00, <6 x float> %61), !dbg !125
  %63 = insertelement <6 x float> poison, float %62, i32 0, !dbg !126
  %64 = shufflevector <6 x float> %63, <6 x float> poison, <6 x i32> zeroinitializer, !dbg !126
  %65 = fdiv <6 x float> %61, %64, !dbg !126
  %66 = fptrunc <6 x float> %65 to <6 x half>, !dbg !127
  %67 = getelementptr half, ptr %11, i64 %29, !dbg !127
  store <6 x half> %66, ptr %67, align 2, !dbg !127
  ret i32 0, !dbg !128
}

define internal i32 @"main$async_dispatch_4_reduction_7x6x3_f32"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !86 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !130
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !130
  %6 = load ptr, ptr %5, align 8, !dbg !130
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !130
  %7 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !131
  %8 = extractvalue %iree_hal_executable_dispatch_state_v0_t %7, 10, !dbg !131
  %9 = getelementptr ptr, ptr %8, i32 1, !dbg !131
  %10 = load ptr, ptr %9, align 8, !dbg !131
  %11 = getelementptr i8, ptr %10, i32 512, !dbg !131
  call void @llvm.assume(i1 true) [ "align"(ptr %11, i64 64) ], !dbg !131
  %12 = load %iree_hal_executable_workgroup_state_v0_t, ptr %2, align 8, !dbg !129
  %13 = extractvalue %iree_hal_executable_workgroup_state_v0_t %12, 0, !dbg !129
  %14 = zext i32 %13 to i64, !dbg !129
  %15 = sdiv i64 %14, 2, !dbg !129
  %16 = mul i64 %15, 2, !dbg !129
  %17 = icmp ne i64 %14, %16, !dbg !129
  %18 = icmp slt i64 %14, 0, !dbg !129
  %19 = and i1 %17, %18, !dbg !129
  %20 = add i64 %15, -1, !dbg !129
  %21 = select i1 %19, i64 %20, i64 %15, !dbg !129
  %22 = srem i64 %14, 2, !dbg !129
  %23 = icmp slt i64 %22, 0, !dbg !129
  %24 = add nsw i64 %22, 2, !dbg !129
  %25 = select i1 %23, i64 %24, i64 %22, !dbg !129
  %26 = mul nsw i64 %25, 3, !dbg !129
  br label %27, !dbg !129

27:                                               ; preds = %31, %3
  %28 = phi i64 [ %40, %31 ], [ 0, %3 ], !dbg !129
  %29 = phi <3 x float> [ %39, %31 ], [ zeroinitializer, %3 ], !dbg !129
  %30 = icmp slt i64 %28, 3, !dbg !129
  br i1 %30, label %31, label %41, !dbg !129

31:                                               ; preds = %27
  %32 = mul i64 %21, 18, !dbg !129
  %33 = mul i64 %28, 6, !dbg !129
  %34 = add i64 %32, %33, !dbg !129
  %35 = add i64 %34, %26, !dbg !129
  %36 = getelementptr half, ptr %6, i64 %35, !dbg !129
  %37 = load <3 x half>, ptr %36, align 2, !dbg !129
  %38 = fpext <3 x half> %37 to <3 x float>, !dbg !134
  %39 = fadd contract <3 x float> %29, %38, !dbg !132
  %40 = add i64 %28, 1, !dbg !129
  br label %27, !dbg !129

41:                                               ; preds = %27
  %42 = mul i64 %21, 6, !dbg !132
  %43 = add i64 %42, %26, !dbg !132
  %44 = getelementptr float, ptr %11, i64 %43, !dbg !132
  store <3 x float> %29, ptr %44, align 4, !dbg !132
  ret i32 0, !dbg !133
}

define internal i32 @"main$async_dispatch_5_reduction_7x6x3_f32"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !89 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !136
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !136
  %6 = load ptr, ptr %5, align 8, !dbg !136
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !136
  %7 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !137
  %8 = extractvalue %iree_hal_executable_dispatch_state_v0_t %7, 10, !dbg !137
  %9 = load ptr, ptr %8, align 8, !dbg !137
  %10 = getelementptr i8, ptr %9, i32 512, !dbg !137
  call void @llvm.assume(i1 true) [ "align"(ptr %10, i64 64) ], !dbg !137
  %11 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !138
  %12 = extractvalue %iree_hal_executable_dispatch_state_v0_t %11, 10, !dbg !138
  %13 = getelementptr ptr, ptr %12, i32 1, !dbg !138
  %14 = load ptr, ptr %13, align 8, !dbg !138
  call void @llvm.assume(i1 true) [ "align"(ptr %14, i64 64) ], !dbg !138
  %15 = load %iree_hal_executable_workgroup_state_v0_t, ptr %2, align 8, !dbg !135
  %16 = extractvalue %iree_hal_executable_workgroup_state_v0_t %15, 0, !dbg !135
  %17 = zext i32 %16 to i64, !dbg !135
  %18 = sdiv i64 %17, 2, !dbg !135
  %19 = mul i64 %18, 2, !dbg !135
  %20 = icmp ne i64 %17, %19, !dbg !135
  %21 = icmp slt i64 %17, 0, !dbg !135
  %22 = and i1 %20, %21, !dbg !135
  %23 = add i64 %18, -1, !dbg !135
  %24 = select i1 %22, i64 %23, i64 %18, !dbg !135
  %25 = srem i64 %17, 2, !dbg !135
  %26 = icmp slt i64 %25, 0, !dbg !135
  %27 = add nsw i64 %25, 2, !dbg !135
  %28 = select i1 %26, i64 %27, i64 %25, !dbg !135
  %29 = mul nsw i64 %28, 3, !dbg !135
  %30 = mul i64 %24, 6, !dbg !135
  %31 = add i64 %30, %29, !dbg !135
  %32 = getelementptr float, ptr %10, i64 %31, !dbg !135
  %33 = load <3 x float>, ptr %32, align 4, !dbg !135
  %34 = fdiv <3 x float> %33, splat (float 3.000000e+00), !dbg !139
  br label %35, !dbg !135

35:                                               ; preds = %39, %3
  %36 = phi i64 [ %63, %39 ], [ 0, %3 ], !dbg !135
  %37 = phi <3 x float> [ %62, %39 ], [ zeroinitializer, %3 ], !dbg !135
  %38 = icmp slt i64 %36, 3, !dbg !135
  br i1 %38, label %39, label %64, !dbg !135

39:                                               ; preds = %35
  %40 = mul i64 %24, 18, !dbg !135
  %41 = mul i64 %36, 6, !dbg !135
  %42 = add i64 %40, %41, !dbg !135
  %43 = add i64 %42, %29, !dbg !135
  %44 = getelementptr half, ptr %6, i64 %43, !dbg !135
  %45 = load <3 x half>, ptr %44, align 2, !dbg !135
  %46 = fpext <3 x half> %45 to <3 x float>, !dbg !142
  %47 = fsub contract <3 x float> %46, %34, !dbg !143
  %48 = extractelement <3 x float> %37, i64 0, !dbg !144
  %49 = extractelement <3 x float> %47, i64 0, !dbg !144
  %50 = fmul contract float %49, %49, !dbg !144
  %51 = fadd contract float %50, %48, !dbg !144
  %52 = extractelement <3 x float> %37, i64 1, !dbg !144
  %53 = extractelement <3 x float> %47, i64 1, !dbg !144
  %54 = fmul contract float %53, %53, !dbg !144
  %55 = fadd contract float %54, %52, !dbg !144
  %56 = extractelement <3 x float> %37, i64 2, !dbg !144
  %57 = extractelement <3 x float> %47, i64 2, !dbg !144
  %58 = fmul contract float %57, %57, !dbg !144
  %59 = fadd contract float %58, %56, !dbg !144
  %60 = insertelement <3 x float> poison, float %51, i64 0, !dbg !144
  %61 = insertelement <3 x float> %60, float %55, i64 1, !dbg !144
  %62 = insertelement <3 x float> %61, float %59, i64 2, !dbg !144
  %63 = add i64 %36, 1, !dbg !135
  br label %35, !dbg !135

64:                                               ; preds = %35
  %65 = fptrunc <3 x float> %37 to <3 x half>, !dbg !140
  %66 = getelementptr half, ptr %14, i64 %31, !dbg !140
  store <3 x half> %65, ptr %66, align 2, !dbg !140
  ret i32 0, !dbg !141
}

define internal i32 @"main$async_dispatch_6_elementwise_126_f32xf16"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !92 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !146
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !146
  %6 = load ptr, ptr %5, align 8, !dbg !146
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !146
  %7 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !147
  %8 = extractvalue %iree_hal_executable_dispatch_state_v0_t %7, 10, !dbg !147
  %9 = getelementptr ptr, ptr %8, i32 1, !dbg !147
  %10 = load ptr, ptr %9, align 8, !dbg !147
  %11 = getelementptr i8, ptr %10, i32 128, !dbg !147
  call void @llvm.assume(i1 true) [ "align"(ptr %11, i64 64) ], !dbg !147
  br label %12, !dbg !148

12:                                               ; preds = %15, %3
  %13 = phi i64 [ %50, %15 ], [ 0, %3 ], !dbg !148
  %14 = icmp slt i64 %13, 120, !dbg !148
  br i1 %14, label %15, label %51, !dbg !148

15:                                               ; preds = %12
  %16 = getelementptr half, ptr %6, i64 %13, !dbg !148
  %17 = load <8 x half>, ptr %16, align 2, !dbg !148
  %18 = fpext <8 x half> %17 to <8 x float>, !dbg !149
  %19 = fneg contract <8 x float> %18, !dbg !150
  %20 = fcmp uge <8 x float> %19, splat (float -8.780000e+01), !dbg !145
  %21 = select <8 x i1> %20, <8 x float> %19, <8 x float> splat (float -8.780000e+01), !dbg !145
  %22 = fcmp ule <8 x float> %21, splat (float 8.880000e+01), !dbg !145
  %23 = select <8 x i1> %22, <8 x float> %21, <8 x float> splat (float 8.880000e+01), !dbg !145
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> splat (float f0x3FB8AA3B), <8 x float> splat (float 5.000000e-01)), !dbg !145
  %25 = call <8 x float> @llvm.floor.v8f32(<8 x float> %24), !dbg !145
  %26 = fcmp uge <8 x float> %25, splat (float -1.270000e+02), !dbg !145
  %27 = select <8 x i1> %26, <8 x float> %25, <8 x float> splat (float -1.270000e+02), !dbg !145
  %28 = fcmp ule <8 x float> %27, splat (float 1.270000e+02), !dbg !145
  %29 = select <8 x i1> %28, <8 x float> %27, <8 x float> splat (float 1.270000e+02), !dbg !145
  %30 = call <8 x float> @llvm.fma.v8f32(<8 x float> splat (float f0xBF318000), <8 x float> %29, <8 x float> %23), !dbg !145
  %31 = call <8 x float> @llvm.fma.v8f32(<8 x float> splat (float f0x395E8083), <8 x float> %29, <8 x float> %30), !dbg !145
  %32 = call <8 x float> @llvm.fma.v8f32(<8 x float> %31, <8 x float> splat (float f0x39506967), <8 x float> splat (float f0x3AB743CE)), !dbg !145
  %33 = call <8 x float> @llvm.fma.v8f32(<8 x float> %32, <8 x float> %31, <8 x float> splat (float f0x3C088908)), !dbg !145
  %34 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> %31, <8 x float> splat (float f0x3D2AA9C1)), !dbg !145
  %35 = call <8 x float> @llvm.fma.v8f32(<8 x float> %34, <8 x float> %31, <8 x float> splat (float f0x3E2AAAAA)), !dbg !145
  %36 = call <8 x float> @llvm.fma.v8f32(<8 x float> %35, <8 x float> %31, <8 x float> splat (float 5.000000e-01)), !dbg !145
  %37 = fmul contract <8 x float> %31, %31, !dbg !145
  %38 = call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %37, <8 x float> %31), !dbg !145
  %39 = fadd contract <8 x float> %38, splat (float 1.000000e+00), !dbg !145
  %40 = fptosi <8 x float> %29 to <8 x i32>, !dbg !145
  %41 = add <8 x i32> %40, splat (i32 127), !dbg !145
  %42 = shl <8 x i32> %41, splat (i32 23), !dbg !145
  %43 = bitcast <8 x i32> %42 to <8 x float>, !dbg !145
  %44 = fmul contract <8 x float> %39, %43, !dbg !145
  %45 = fadd contract <8 x float> %44, splat (float 1.000000e+00), !dbg !151
  %46 = fdiv <8 x float> splat (float 1.000000e+00), %45, !dbg !152
  %47 = fmul contract <8 x float> %18, %46, !dbg !153
  %48 = fptrunc <8 x float> %47 to <8 x half>, !dbg !154
  %49 = getelementptr half, ptr %11, i64 %13, !dbg !148
  store <8 x half> %48, ptr %49, align 2, !dbg !148
  %50 = add i64 %13, 8, !dbg !148
  br label %12, !dbg !148

51:                                               ; preds = %12
  %52 = getelementptr half, ptr %6, i32 120, !dbg !148
  %53 = load <6 x half>, ptr %52, align 2, !dbg !148
  %54 = fpext <6 x half> %53 to <6 x float>, !dbg !149
  %55 = fneg contract <6 x float> %54, !dbg !150
  %56 = fcmp uge <6 x float> %55, splat (float -8.780000e+01), !dbg !145
  %57 = select <6 x i1> %56, <6 x float> %55, <6 x float> splat (float -8.780000e+01), !dbg !145
  %58 = fcmp ule <6 x float> %57, splat (float 8.880000e+01), !dbg !145
  %59 = select <6 x i1> %58, <6 x float> %57, <6 x float> splat (float 8.880000e+01), !dbg !145
  %60 = call <6 x float> @llvm.fma.v6f32(<6 x float> %59, <6 x float> splat (float f0x3FB8AA3B), <6 x float> splat (float 5.000000e-01)), !dbg !145
  %61 = call <6 x float> @llvm.floor.v6f32(<6 x float> %60), !dbg !145
  %62 = fcmp uge <6 x float> %61, splat (float -1.270000e+02), !dbg !145
  %63 = select <6 x i1> %62, <6 x float> %61, <6 x float> splat (float -1.270000e+02), !dbg !145
  %64 = fcmp ule <6 x float> %63, splat (float 1.270000e+02), !dbg !145
  %65 = select <6 x i1> %64, <6 x float> %63, <6 x float> splat (float 1.270000e+02), !dbg !145
  %66 = call <6 x float> @llvm.fma.v6f32(<6 x float> splat (float f0xBF318000), <6 x float> %65, <6 x float> %59), !dbg !145
  %67 = call <6 x float> @llvm.fma.v6f32(<6 x float> splat (float f0x395E8083), <6 x float> %65, <6 x float> %66), !dbg !145
  %68 = call <6 x float> @llvm.fma.v6f32(<6 x float> %67, <6 x float> splat (float f0x39506967), <6 x float> splat (float f0x3AB743CE)), !dbg !145
  %69 = call <6 x float> @llvm.fma.v6f32(<6 x float> %68, <6 x float> %67, <6 x float> splat (float f0x3C088908)), !dbg !145
  %70 = call <6 x float> @llvm.fma.v6f32(<6 x float> %69, <6 x float> %67, <6 x float> splat (float f0x3D2AA9C1)), !dbg !145
  %71 = call <6 x float> @llvm.fma.v6f32(<6 x float> %70, <6 x float> %67, <6 x float> splat (float f0x3E2AAAAA)), !dbg !145
  %72 = call <6 x float> @llvm.fma.v6f32(<6 x float> %71, <6 x float> %67, <6 x float> splat (float 5.000000e-01)), !dbg !145
  %73 = fmul contract <6 x float> %67, %67, !dbg !145
  %74 = call <6 x float> @llvm.fma.v6f32(<6 x float> %72, <6 x float> %73, <6 x float> %67), !dbg !145
  %75 = fadd contract <6 x float> %74, splat (float 1.000000e+00), !dbg !145
  %76 = fptosi <6 x float> %65 to <6 x i32>, !dbg !145
  %77 = add <6 x i32> %76, splat (i32 127), !dbg !145
  %78 = shl <6 x i32> %77, splat (i32 23), !dbg !145
  %79 = bitcast <6 x i32> %78 to <6 x float>, !dbg !145
  %80 = fmul contract <6 x float> %75, %79, !dbg !145
  %81 = fadd contract <6 x float> %80, splat (float 1.000000e+00), !dbg !151
  %82 = fdiv <6 x float> splat (float 1.000000e+00), %81, !dbg !152
  %83 = fmul contract <6 x float> %54, %82, !dbg !153
  %84 = fptrunc <6 x float> %83 to <6 x half>, !dbg !154
  %85 = getelementptr half, ptr %11, i32 120, !dbg !148
  store <6 x half> %84, ptr %85, align 2, !dbg !148
  ret i32 0, !dbg !155
}

define internal i32 @"main$async_dispatch_8_reduction_7x6x3_f16"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !95 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !157
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !157
  %6 = load ptr, ptr %5, align 8, !dbg !157
  %7 = getelementptr i8, ptr %6, i32 704, !dbg !157
  call void @llvm.assume(i1 true) [ "align"(ptr %7, i64 64) ], !dbg !157
  %8 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !158
  %9 = extractvalue %iree_hal_executable_dispatch_state_v0_t %8, 10, !dbg !158
  %10 = getelementptr ptr, ptr %9, i32 1, !dbg !158
  %11 = load ptr, ptr %10, align 8, !dbg !158
  %12 = getelementptr i8, ptr %11, i32 384, !dbg !158
  call void @llvm.assume(i1 true) [ "align"(ptr %12, i64 64) ], !dbg !158
  %13 = load %iree_hal_executable_workgroup_state_v0_t, ptr %2, align 8, !dbg !156
  %14 = extractvalue %iree_hal_executable_workgroup_state_v0_t %13, 0, !dbg !156
  %15 = zext i32 %14 to i64, !dbg !156
  %16 = sdiv i64 %15, 2, !dbg !156
  %17 = mul i64 %16, 2, !dbg !156
  %18 = icmp ne i64 %15, %17, !dbg !156
  %19 = icmp slt i64 %15, 0, !dbg !156
  %20 = and i1 %18, %19, !dbg !156
  %21 = add i64 %16, -1, !dbg !156
  %22 = select i1 %20, i64 %21, i64 %16, !dbg !156
  %23 = srem i64 %15, 2, !dbg !156
  %24 = icmp slt i64 %23, 0, !dbg !156
  %25 = add nsw i64 %23, 2, !dbg !156
  %26 = select i1 %24, i64 %25, i64 %23, !dbg !156
  %27 = mul nsw i64 %26, 3, !dbg !156
  br label %28, !dbg !156

28:                                               ; preds = %32, %3
  %29 = phi i64 [ %40, %32 ], [ 0, %3 ], !dbg !156
  %30 = phi <3 x half> [ %39, %32 ], [ splat (half 1.000000e+00), %3 ], !dbg !156
  %31 = icmp slt i64 %29, 3, !dbg !156
  br i1 %31, label %32, label %41, !dbg !156

32:                                               ; preds = %28
  %33 = mul i64 %22, 18, !dbg !156
  %34 = mul i64 %29, 6, !dbg !156
  %35 = add i64 %33, %34, !dbg !156
  %36 = add i64 %35, %27, !dbg !156
  %37 = getelementptr half, ptr %7, i64 %36, !dbg !156
  %38 = load <3 x half>, ptr %37, align 2, !dbg !156
  %39 = fmul contract <3 x half> %30, %38, !dbg !159
  %40 = add i64 %29, 1, !dbg !156
  br label %28, !dbg !156

41:                                               ; preds = %28
  %42 = mul i64 %22, 6, !dbg !159
  %43 = add i64 %42, %27, !dbg !159
  %44 = getelementptr half, ptr %12, i64 %43, !dbg !159
  store <3 x half> %30, ptr %44, align 2, !dbg !159
  ret i32 0, !dbg !160
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fmax.v6f32(<6 x float>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <6 x float> @llvm.fma.v6f32(<6 x float>, <6 x float>, <6 x float>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <6 x float> @llvm.floor.v6f32(<6 x float>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v6f32(float, <6 x float>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <8 x half> @llvm.masked.load.v8f16.p0(ptr captures(none), <8 x i1>, <8 x half>) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x half> @llvm.round.v8f16(<8 x half>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x i16> @llvm.smax.v8i16(<8 x i16>, <8 x i16>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x i16> @llvm.smin.v8i16(<8 x i16>, <8 x i16>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x half> @llvm.copysign.v8f16(<8 x half>, <8 x half>) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v8f32.p0(<8 x float>, ptr captures(none), <8 x i1>) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #2

; Function Attrs: uwtable
define dso_local dllexport ptr @iree_hal_executable_library_query(i32 %0, ptr %1) #5 {
entry:
  %2 = icmp eq i32 %0, 6
  %3 = select i1 %2, ptr @iree_hal_executable_library_query_v0, ptr null
  ret ptr %3
}

attributes #0 = { "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #5 = { uwtable "nonlazybind" }

!llvm.dbg.cu = !{!76, !79, !82, !85, !88, !91, !94}
!llvm.module.flags = !{!161, !162}

!0 = !DIFile(filename: "configured_module_main$async_dispatch_0.mlir", directory: "corpora/costdata/.work/tmp9wsc1h07/dispatches")
!1 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!2 = !DIFile(filename: "runtime/src/iree/hal/local/executable_library.h", directory: ".")
!3 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!4 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", baseType: !3)
!5 = !DISubrange(count: 64)
!6 = !{!5}
!7 = !DICompositeType(tag: DW_TAG_array_type, scope: !2, file: !2, line: 227, baseType: !4, size: 2048, elements: !6)
!8 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !7)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "constants", baseType: !9, size: 64)
!11 = !DIBasicType(name: "void", encoding: DW_ATE_address)
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_member, name: "import_thunk", baseType: !12, size: 64, offset: 64)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_member, name: "import_funcs", baseType: !15, size: 64, offset: 128)
!17 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "import_contexts", baseType: !17, size: 64, offset: 192)
!19 = !DIBasicType(name: "long long unsigned int", size: 64, encoding: DW_ATE_unsigned)
!20 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", baseType: !19)
!21 = !DISubrange(count: 8)
!22 = !{!21}
!23 = !DICompositeType(tag: DW_TAG_array_type, scope: !2, file: !2, line: 227, baseType: !20, size: 512, elements: !22)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "data", baseType: !23)
!25 = !{!24}
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iree_hal_processor_v0_t", scope: !2, file: !2, line: 227, size: 512, elements: !25)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "processor", baseType: !26, offset: 256)
!28 = !{!10, !13, !16, !18, !27}
!29 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iree_hal_executable_environment_v0_t", scope: !2, file: !2, line: 246, size: 768, elements: !28)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "iree_hal_executable_environment_v0_t", baseType: !29)
!31 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !30)
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !31, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_size_x", baseType: !4, size: 32)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_size_y", baseType: !4, size: 32, offset: 32)
!35 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint16_t", baseType: !35)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_size_z", baseType: !36, size: 16, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "constant_count", baseType: !36, size: 16, offset: 80)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_count_x", baseType: !4, size: 32, offset: 96)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_count_y", baseType: !4, size: 32, offset: 128)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_count_z", baseType: !36, size: 16, offset: 160)
!42 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", baseType: !42)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "max_concurrency", baseType: !43, size: 8, offset: 176)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "binding_count", baseType: !43, size: 8, offset: 184)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "constants", baseType: !9, size: 64, offset: 192)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64)
!48 = !DICompositeType(tag: DW_TAG_array_type, scope: !2, file: !2, line: 227, baseType: !47, size: 4096, elements: !6)
!49 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !48)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "binding_ptrs", baseType: !50, size: 64, offset: 256)
!52 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", baseType: !20)
!53 = !DICompositeType(tag: DW_TAG_array_type, scope: !2, file: !2, line: 227, baseType: !52, size: 4096, elements: !6)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "binding_lengths", baseType: !55, size: 64, offset: 320)
!57 = !{!33, !34, !37, !38, !39, !40, !41, !44, !45, !46, !51, !56}
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iree_hal_executable_dispatch_state_v0_t", scope: !2, file: !2, line: 275, size: 384, elements: !57)
!59 = !DIDerivedType(tag: DW_TAG_typedef, name: "iree_hal_executable_dispatch_state_v0_t", baseType: !58)
!60 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !59)
!61 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_id_x", baseType: !4, size: 32)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_id_y", baseType: !4, size: 32, offset: 32)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "workgroup_id_z", baseType: !36, size: 16, offset: 64)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "reserved", baseType: !36, size: 16, offset: 80)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "processor_id", baseType: !4, size: 32, offset: 96)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "local_memory", baseType: !12, size: 64, offset: 128)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "local_memory_size", baseType: !4, size: 32, offset: 192)
!69 = !{!62, !63, !64, !65, !66, !67, !68}
!70 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "iree_hal_executable_workgroup_state_v0_t", scope: !2, file: !2, line: 321, size: 256, elements: !69)
!71 = !DIDerivedType(tag: DW_TAG_typedef, name: "iree_hal_executable_workgroup_state_v0_t", baseType: !70)
!72 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !71)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64)
!74 = !{!1, !32, !61, !73}
!75 = !DISubroutineType(cc: DW_CC_normal, types: !74)
!76 = distinct !DICompileUnit(language: DW_LANG_C17, file: !0, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!77 = distinct !DISubprogram(name: "main$async_dispatch_0_softmax_7x3x6xf32_generic", linkageName: "main$async_dispatch_0_softmax_7x3x6xf32_generic", scope: !0, file: !0, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !76)
!78 = !DIFile(filename: "configured_module_main$async_dispatch_2.mlir", directory: "corpora/costdata/.work/tmp9wsc1h07/dispatches")
!79 = distinct !DICompileUnit(language: DW_LANG_C17, file: !78, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!80 = distinct !DISubprogram(name: "main$async_dispatch_2_elementwise_126_f16xf32", linkageName: "main$async_dispatch_2_elementwise_126_f16xf32", scope: !78, file: !78, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !79)
!81 = !DIFile(filename: "configured_module_main$async_dispatch_3.mlir", directory: "corpora/costdata/.work/tmp9wsc1h07/dispatches")
!82 = distinct !DICompileUnit(language: DW_LANG_C17, file: !81, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!83 = distinct !DISubprogram(name: "main$async_dispatch_3_softmax_7x3x6xf32_generic", linkageName: "main$async_dispatch_3_softmax_7x3x6xf32_generic", scope: !81, file: !81, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !82)
!84 = !DIFile(filename: "configured_module_main$async_dispatch_4.mlir", directory: "corpora/costdata/.work/tmp9wsc1h07/dispatches")
!85 = distinct !DICompileUnit(language: DW_LANG_C17, file: !84, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!86 = distinct !DISubprogram(name: "main$async_dispatch_4_reduction_7x6x3_f32", linkageName: "main$async_dispatch_4_reduction_7x6x3_f32", scope: !84, file: !84, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !85)
!87 = !DIFile(filename: "configured_module_main$async_dispatch_5.mlir", directory: "corpora/costdata/.work/tmp9wsc1h07/dispatches")
!88 = distinct !DICompileUnit(language: DW_LANG_C17, file: !87, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!89 = distinct !DISubprogram(name: "main$async_dispatch_5_reduction_7x6x3_f32", linkageName: "main$async_dispatch_5_reduction_7x6x3_f32", scope: !87, file: !87, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !88)
!90 = !DIFile(filename: "configured_module_main$async_dispatch_6.mlir", directory: "corpora/costdata/.work/tmp9wsc1h07/dispatches")
!91 = distinct !DICompileUnit(language: DW_LANG_C17, file: !90, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!92 = distinct !DISubprogram(name: "main$async_dispatch_6_elementwise_126_f32xf16", linkageName: "main$async_dispatch_6_elementwise_126_f32xf16", scope: !90, file: !90, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !91)
!93 = !DIFile(filename: "configured_module_main$async_dispatch_8.mlir", directory: "corpora/costdata/.work/tmp9wsc1h07/dispatches")
!94 = distinct !DICompileUnit(language: DW_LANG_C17, file: !93, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!95 = distinct !DISubprogram(name: "main$async_dispatch_8_reduction_7x6x3_f16", linkageName: "main$async_dispatch_8_reduction_7x6x3_f16", scope: !93, file: !93, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !94)
!96 = !DILocation(line: 32, column: 8, scope: !77)
!97 = !DILocation(line: 36, column: 10, scope: !77)
!98 = !DILocation(line: 11, column: 8, scope: !77)
!99 = !DILocation(line: 12, column: 8, scope: !77)
!100 = !DILocation(line: 13, column: 8, scope: !77)
!101 = !DILocation(line: 14, column: 8, scope: !77)
!102 = !DILocation(line: 19, column: 8, scope: !77)
!103 = !DILocation(line: 20, column: 8, scope: !77)
!104 = !DILocation(line: 25, column: 8, scope: !77)
!105 = !DILocation(line: 27, column: 10, scope: !77)
!106 = !DILocation(line: 28, column: 10, scope: !77)
!107 = !DILocation(line: 35, column: 10, scope: !77)
!108 = !DILocation(line: 37, column: 10, scope: !77)
!109 = !DILocation(line: 45, column: 10, scope: !77)
!110 = !DILocation(line: 46, column: 10, scope: !77)
!111 = !DILocation(line: 50, column: 8, scope: !77)
!112 = !DILocation(line: 11, column: 8, scope: !80)
!113 = !DILocation(line: 12, column: 8, scope: !80)
!114 = !DILocation(line: 15, column: 8, scope: !80)
!115 = !DILocation(line: 22, column: 8, scope: !80)
!116 = !DILocation(line: 17, column: 10, scope: !80)
!117 = !DILocation(line: 18, column: 10, scope: !80)
!118 = !DILocation(line: 25, column: 8, scope: !83)
!119 = !DILocation(line: 28, column: 10, scope: !83)
!120 = !DILocation(line: 13, column: 8, scope: !83)
!121 = !DILocation(line: 14, column: 8, scope: !83)
!122 = !DILocation(line: 19, column: 8, scope: !83)
!123 = !DILocation(line: 21, column: 10, scope: !83)
!124 = !DILocation(line: 27, column: 10, scope: !83)
!125 = !DILocation(line: 29, column: 10, scope: !83)
!126 = !DILocation(line: 36, column: 10, scope: !83)
!127 = !DILocation(line: 37, column: 10, scope: !83)
!128 = !DILocation(line: 41, column: 8, scope: !83)
!129 = !DILocation(line: 17, column: 8, scope: !86)
!130 = !DILocation(line: 12, column: 8, scope: !86)
!131 = !DILocation(line: 13, column: 8, scope: !86)
!132 = !DILocation(line: 20, column: 10, scope: !86)
!133 = !DILocation(line: 24, column: 8, scope: !86)
!134 = !DILocation(line: 19, column: 10, scope: !86)
!135 = !DILocation(line: 21, column: 8, scope: !89)
!136 = !DILocation(line: 13, column: 8, scope: !89)
!137 = !DILocation(line: 14, column: 8, scope: !89)
!138 = !DILocation(line: 15, column: 8, scope: !89)
!139 = !DILocation(line: 24, column: 10, scope: !89)
!140 = !DILocation(line: 32, column: 10, scope: !89)
!141 = !DILocation(line: 36, column: 8, scope: !89)
!142 = !DILocation(line: 23, column: 10, scope: !89)
!143 = !DILocation(line: 25, column: 10, scope: !89)
!144 = !DILocation(line: 27, column: 10, scope: !89)
!145 = !DILocation(line: 20, column: 10, scope: !92)
!146 = !DILocation(line: 12, column: 8, scope: !92)
!147 = !DILocation(line: 13, column: 8, scope: !92)
!148 = !DILocation(line: 16, column: 8, scope: !92)
!149 = !DILocation(line: 18, column: 10, scope: !92)
!150 = !DILocation(line: 19, column: 10, scope: !92)
!151 = !DILocation(line: 21, column: 10, scope: !92)
!152 = !DILocation(line: 22, column: 10, scope: !92)
!153 = !DILocation(line: 23, column: 10, scope: !92)
!154 = !DILocation(line: 24, column: 10, scope: !92)
!155 = !DILocation(line: 28, column: 8, scope: !92)
!156 = !DILocation(line: 17, column: 8, scope: !95)
!157 = !DILocation(line: 12, column: 8, scope: !95)
!158 = !DILocation(line: 13, column: 8, scope: !95)
!159 = !DILocation(line: 19, column: 10, scope: !95)
!160 = !DILocation(line: 23, column: 8, scope: !95)
!161 = !{i32 2, !"Debug Info Version", i32 3}
!162 = !{i32 1, !"float-abi", !"hard"}
