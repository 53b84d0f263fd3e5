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

@0 = private constant [15 x i8] c"_stdin__linked\00", align 1
@iree_hal_executable_library_query_v0_header = private constant %iree_hal_executable_library_header_t { i32 6, ptr @0, i32 0, i32 0 }
@iree_hal_executable_library_query_v0_funcs = private constant [4 x ptr] [ptr @"main$async_dispatch_0_elementwise", ptr @"main$async_dispatch_1_elementwise_broadcast_3_f16", ptr @"main$async_dispatch_2_elementwise", ptr @"main$async_dispatch_3_elementwise"]
@iree_hal_executable_library_query_v0_attrs = private constant [4 x %iree_hal_executable_dispatch_attrs_v0_t] [%iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 3, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }]
@1 = private constant [34 x i8] c"main$async_dispatch_0_elementwise\00", align 1
@2 = private constant [50 x i8] c"main$async_dispatch_1_elementwise_broadcast_3_f16\00", align 1
@3 = private constant [34 x i8] c"main$async_dispatch_2_elementwise\00", align 1
@4 = private constant [34 x i8] c"main$async_dispatch_3_elementwise\00", align 1
@iree_hal_executable_library_query_v0_names = private constant [4 x ptr] [ptr @1, ptr @2, ptr @3, ptr @4]
@5 = private constant [91 x i8] c"corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir\00", align 1
@6 = private constant [91 x i8] c"corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir\00", align 1
@7 = private constant [91 x i8] c"corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir\00", align 1
@8 = private constant [91 x i8] c"corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir\00", align 1
@iree_hal_executable_library_query_v0_source_locations = private constant [4 x %iree_hal_executable_source_location_v0_t] [%iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @5 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @6 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @7 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @8 }]
@"iree_hal_executable_library_query_v0_main$async_dispatch_0_elementwise_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_0_elementwise_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_1_elementwise_broadcast_3_f16_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_1_elementwise_broadcast_3_f16_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_3_elementwise_stage_names" = private constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_3_elementwise_stage_source_locations" = private constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@iree_hal_executable_library_query_v0_stage_location_tables = private constant [4 x %iree_hal_executable_stage_location_table_v0_t] [%iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_0_elementwise_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_0_elementwise_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_1_elementwise_broadcast_3_f16_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_1_elementwise_broadcast_3_f16_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_3_elementwise_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_3_elementwise_stage_source_locations" }]
@iree_hal_executable_library_query_v0 = private constant %iree_hal_executable_library_v0_t { ptr @iree_hal_executable_library_query_v0_header, %iree_hal_executable_import_table_v0_t zeroinitializer, %iree_hal_executable_export_table_v0_t { i32 4, ptr @iree_hal_executable_library_query_v0_funcs, ptr @iree_hal_executable_library_query_v0_attrs, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_names, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_source_locations, ptr @iree_hal_executable_library_query_v0_stage_location_tables }, %iree_hal_executable_constant_table_v0_t zeroinitializer, %iree_hal_executable_source_file_table_v0_t zeroinitializer }

define internal i32 @"main$async_dispatch_0_elementwise"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !77 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !91
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !91
  %6 = load ptr, ptr %5, align 8, !dbg !91
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !91
  %7 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !92
  %8 = extractvalue %iree_hal_executable_dispatch_state_v0_t %7, 10, !dbg !92
  %9 = getelementptr ptr, ptr %8, i32 1, !dbg !92
  %10 = load ptr, ptr %9, align 8, !dbg !92
  call void @llvm.assume(i1 true) [ "align"(ptr %10, i64 64) ], !dbg !92
  %11 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !93
  %12 = extractvalue %iree_hal_executable_dispatch_state_v0_t %11, 10, !dbg !93
  %13 = getelementptr ptr, ptr %12, i32 2, !dbg !93
  %14 = load ptr, ptr %13, align 8, !dbg !93
  call void @llvm.assume(i1 true) [ "align"(ptr %14, i64 64) ], !dbg !93
  %15 = load half, ptr %6, align 2, !dbg !94
  %16 = fsub contract half 3.000000e+00, %15, !dbg !95
  %17 = fcmp ole half %16, 1.000000e+00, !dbg !96
  %18 = uitofp i1 %17 to float, !dbg !97
  %19 = call float @llvm.fma.f32(float %18, float f0x3FB8AA3B, float 5.000000e-01), !dbg !88
  %20 = call float @llvm.floor.f32(float %19), !dbg !88
  %21 = fcmp uge float %20, -1.270000e+02, !dbg !88
  %22 = select i1 %21, float %20, float -1.270000e+02, !dbg !88
  %23 = fcmp ule float %22, 1.270000e+02, !dbg !88
  %24 = select i1 %23, float %22, float 1.270000e+02, !dbg !88
  %25 = call float @llvm.fma.f32(float f0xBF318000, float %24, float %18), !dbg !88
  %26 = call float @llvm.fma.f32(float f0x395E8083, float %24, float %25), !dbg !88
  %27 = call float @llvm.fma.f32(float %26, float f0x39506967, float f0x3AB743CE), !dbg !88
  %28 = call float @llvm.fma.f32(float %27, float %26, float f0x3C088908), !dbg !88
  %29 = call float @llvm.fma.f32(float %28, float %26, float f0x3D2AA9C1), !dbg !88
  %30 = call float @llvm.fma.f32(float %29, float %26, float f0x3E2AAAAA), !dbg !88
  %31 = call float @llvm.fma.f32(float %30, float %26, float 5.000000e-01), !dbg !88
  %32 = fmul contract float %26, %26, !dbg !88
  %33 = call float @llvm.fma.f32(float %31, float %32, float %26), !dbg !88
  %34 = fadd contract float %33, 1.000000e+00, !dbg !88
  %35 = fptosi float %24 to i32, !dbg !88
  %36 = add i32 %35, 127, !dbg !88
  %37 = shl i32 %36, 23, !dbg !88
  %38 = bitcast i32 %37 to float, !dbg !88
  %39 = fmul contract float %34, %38, !dbg !88
  store half %16, ptr %10, align 2, !dbg !94
  store float %39, ptr %14, align 4, !dbg !94
  ret i32 0, !dbg !87
}

define internal i32 @"main$async_dispatch_1_elementwise_broadcast_3_f16"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !80 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !99
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !99
  %6 = load ptr, ptr %5, align 8, !dbg !99
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !99
  %7 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !100
  %8 = extractvalue %iree_hal_executable_dispatch_state_v0_t %7, 10, !dbg !100
  %9 = getelementptr ptr, ptr %8, i32 1, !dbg !100
  %10 = load ptr, ptr %9, align 8, !dbg !100
  %11 = getelementptr i8, ptr %10, i32 64, !dbg !100
  call void @llvm.assume(i1 true) [ "align"(ptr %11, i64 64) ], !dbg !100
  %12 = load <1 x half>, ptr %6, align 2, !dbg !98
  %13 = extractelement <1 x half> %12, i64 0, !dbg !98
  %14 = insertelement <3 x half> poison, half %13, i32 0, !dbg !98
  %15 = shufflevector <3 x half> %14, <3 x half> poison, <3 x i32> zeroinitializer, !dbg !98
  store <3 x half> %15, ptr %11, align 2, !dbg !98
  ret i32 0, !dbg !101
}

define internal i32 @"main$async_dispatch_2_elementwise"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !83 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !105
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !105
  %6 = load ptr, ptr %5, align 8, !dbg !105
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !105
  %7 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !106
  %8 = extractvalue %iree_hal_executable_dispatch_state_v0_t %7, 10, !dbg !106
  %9 = getelementptr ptr, ptr %8, i32 1, !dbg !106
  %10 = load ptr, ptr %9, align 8, !dbg !106
  %11 = getelementptr i8, ptr %10, i32 128, !dbg !106
  call void @llvm.assume(i1 true) [ "align"(ptr %11, i64 64) ], !dbg !106
  %12 = load half, ptr %6, align 2, !dbg !107
  %13 = fcmp ole half %12, 2.000000e+00, !dbg !108
  %14 = uitofp i1 %13 to float, !dbg !109
  %15 = call float @llvm.fma.f32(float %14, float f0x3FB8AA3B, float 5.000000e-01), !dbg !103
  %16 = call float @llvm.floor.f32(float %15), !dbg !103
  %17 = fcmp uge float %16, -1.270000e+02, !dbg !103
  %18 = select i1 %17, float %16, float -1.270000e+02, !dbg !103
  %19 = fcmp ule float %18, 1.270000e+02, !dbg !103
  %20 = select i1 %19, float %18, float 1.270000e+02, !dbg !103
  %21 = call float @llvm.fma.f32(float f0xBF318000, float %20, float %14), !dbg !103
  %22 = call float @llvm.fma.f32(float f0x395E8083, float %20, float %21), !dbg !103
  %23 = call float @llvm.fma.f32(float %22, float f0x39506967, float f0x3AB743CE), !dbg !103
  %24 = call float @llvm.fma.f32(float %23, float %22, float f0x3C088908), !dbg !103
  %25 = call float @llvm.fma.f32(float %24, float %22, float f0x3D2AA9C1), !dbg !103
  %26 = call float @llvm.fma.f32(float %25, float %22, float f0x3E2AAAAA), !dbg !103
  %27 = call float @llvm.fma.f32(float %26, float %22, float 5.000000e-01), !dbg !103
  %28 = fmul contract float %22, %22, !dbg !103
  %29 = call float @llvm.fma.f32(float %27, float %28, float %22), !dbg !103
  %30 = fadd contract float %29, 1.000000e+00, !dbg !103
  %31 = fptosi float %20 to i32, !dbg !103
  %32 = add i32 %31, 127, !dbg !103
  %33 = shl i32 %32, 23, !dbg !103
  %34 = bitcast i32 %33 to float, !dbg !103
  %35 = fmul contract float %30, %34, !dbg !103
  store float %35, ptr %11, align 4, !dbg !107
  ret i32 0, !dbg !102
}

define internal i32 @"main$async_dispatch_3_elementwise"(ptr noalias noundef nonnull align 16 %0, ptr noalias noundef nonnull align 16 %1, ptr noalias noundef nonnull align 16 %2) #0 !dbg !86 {
  %4 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !112
  %5 = extractvalue %iree_hal_executable_dispatch_state_v0_t %4, 10, !dbg !112
  %6 = load ptr, ptr %5, align 8, !dbg !112
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !112
  %7 = load %iree_hal_executable_dispatch_state_v0_t, ptr %1, align 8, !dbg !113
  %8 = extractvalue %iree_hal_executable_dispatch_state_v0_t %7, 10, !dbg !113
  %9 = getelementptr ptr, ptr %8, i32 1, !dbg !113
  %10 = load ptr, ptr %9, align 8, !dbg !113
  %11 = getelementptr i8, ptr %10, i32 192, !dbg !113
  call void @llvm.assume(i1 true) [ "align"(ptr %11, i64 64) ], !dbg !113
  %12 = load half, ptr %6, align 2, !dbg !114
  %13 = fadd contract half %12, 0.000000e+00, !dbg !115
  store half %13, ptr %11, align 2, !dbg !114
  ret i32 0, !dbg !110
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #2

; Function Attrs: uwtable
define dso_local dllexport ptr @iree_hal_executable_library_query(i32 %0, ptr %1) #3 {
entry:
  %2 = icmp eq i32 %0, 6
  %3 = select i1 %2, ptr @iree_hal_executable_library_query_v0, ptr null
  ret ptr %3
}

attributes #0 = { "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #3 = { uwtable "nonlazybind" }

!llvm.dbg.cu = !{!76, !79, !82, !85}
!llvm.module.flags = !{!116, !117}

!0 = !DIFile(filename: "configured_module_main$async_dispatch_0.mlir", directory: "corpora/costdata/.work/tmpvz1kalq3/dispatches")
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
!77 = distinct !DISubprogram(name: "main$async_dispatch_0_elementwise", linkageName: "main$async_dispatch_0_elementwise", scope: !0, file: !0, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !76)
!78 = !DIFile(filename: "configured_module_main$async_dispatch_1.mlir", directory: "corpora/costdata/.work/tmpvz1kalq3/dispatches")
!79 = distinct !DICompileUnit(language: DW_LANG_C17, file: !78, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!80 = distinct !DISubprogram(name: "main$async_dispatch_1_elementwise_broadcast_3_f16", linkageName: "main$async_dispatch_1_elementwise_broadcast_3_f16", scope: !78, file: !78, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !79)
!81 = !DIFile(filename: "configured_module_main$async_dispatch_2.mlir", directory: "corpora/costdata/.work/tmpvz1kalq3/dispatches")
!82 = distinct !DICompileUnit(language: DW_LANG_C17, file: !81, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!83 = distinct !DISubprogram(name: "main$async_dispatch_2_elementwise", linkageName: "main$async_dispatch_2_elementwise", scope: !81, file: !81, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !82)
!84 = !DIFile(filename: "configured_module_main$async_dispatch_3.mlir", directory: "corpora/costdata/.work/tmpvz1kalq3/dispatches")
!85 = distinct !DICompileUnit(language: DW_LANG_C17, file: !84, producer: "IREE", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!86 = distinct !DISubprogram(name: "main$async_dispatch_3_elementwise", linkageName: "main$async_dispatch_3_elementwise", scope: !84, file: !84, line: 1, type: !75, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !85)
!87 = !DILocation(line: 28, column: 8, scope: !77)
!88 = !DILocation(line: 23, column: 10, scope: !77)
!91 = !DILocation(line: 12, column: 8, scope: !77)
!92 = !DILocation(line: 13, column: 8, scope: !77)
!93 = !DILocation(line: 14, column: 8, scope: !77)
!94 = !DILocation(line: 18, column: 8, scope: !77)
!95 = !DILocation(line: 20, column: 10, scope: !77)
!96 = !DILocation(line: 21, column: 10, scope: !77)
!97 = !DILocation(line: 22, column: 10, scope: !77)
!98 = !DILocation(line: 15, column: 8, scope: !80)
!99 = !DILocation(line: 11, column: 8, scope: !80)
!100 = !DILocation(line: 12, column: 8, scope: !80)
!101 = !DILocation(line: 20, column: 8, scope: !80)
!102 = !DILocation(line: 24, column: 8, scope: !83)
!103 = !DILocation(line: 20, column: 10, scope: !83)
!105 = !DILocation(line: 12, column: 8, scope: !83)
!106 = !DILocation(line: 13, column: 8, scope: !83)
!107 = !DILocation(line: 16, column: 8, scope: !83)
!108 = !DILocation(line: 18, column: 10, scope: !83)
!109 = !DILocation(line: 19, column: 10, scope: !83)
!110 = !DILocation(line: 22, column: 8, scope: !86)
!112 = !DILocation(line: 12, column: 8, scope: !86)
!113 = !DILocation(line: 13, column: 8, scope: !86)
!114 = !DILocation(line: 16, column: 8, scope: !86)
!115 = !DILocation(line: 18, column: 10, scope: !86)
!116 = !{i32 2, !"Debug Info Version", i32 3}
!117 = !{i32 1, !"float-abi", !"hard"}
