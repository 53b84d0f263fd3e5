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
%struct.exp_data = type { double, double, double, double, [4 x double], double, [5 x double], [256 x i64] }
%struct.log_data = type { double, double, [5 x double], [11 x double], [128 x %struct.anon], [128 x %struct.anon] }
%struct.anon = type { double, double }
%struct.exp2f_data = type { [32 x i64], double, [3 x double], double, double, [3 x double] }
%struct.powf_log2_data = type { [16 x %struct.anon], [5 x double] }
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
@__exp_data = hidden local_unnamed_addr constant %struct.exp_data { double f0x40671547652B82FE, double f0x4338000000000000, double f0xBF762E42FEFA0000, double f0xBD0CF79ABC9E3B3A, [4 x double] [double f0x3FDFFFFFFFFFFDBD, double f0x3FC555555555543C, double f0x3FA55555CF172B91, double f0x3F81111167A4D017], double f0x42C8000000000000, [5 x double] [double f0x3FE62E42FEFA39EF, double f0x3FCEBFBDFF82C424, double f0x3FAC6B08D70CF4B5, double f0x3F83B2ABD24650CC, double f0x3F55D7E09B4E3A84], [256 x i64] [i64 0, i64 4607182418800017408, i64 4367149474599452526, i64 4607171688528556853, i64 -4868004084858692515, i64 4607161091040444513, i64 -4859280119576434991, i64 4607150627056680837, i64 4363093389540324883, i64 4607140297302181236, i64 -4860564323061625094, i64 4607130102505797342, i64 4350749156061923425, i64 4607120043400338376, i64 4364168240100004761, i64 4607110120722592643, i64 4366128403083131757, i64 4607100335213349135, i64 4363624214708482044, i64 4607090687617419255, i64 4341116261916187857, i64 4607081178683658658, i64 -4870076522866643445, i64 4607071809164989211, i64 -4857881712154133234, i64 4607062579818421073, i64 -4877256630102726059, i64 4607053491405074892, i64 -4858881367677209578, i64 4607044544690204128, i64 4359717415120819631, i64 4607035740443217489, i64 -4863857816615152824, i64 4607027079437701499, i64 -4859630355816238531, i64 4607018562451443178, i64 4362731899485115327, i64 4607010190266452853, i64 -4857455882053489882, i64 4607001963668987092, i64 4367063335334195040, i64 4606993883449571754, i64 -4859410923963139939, i64 4606985950403025181, i64 4362421515177083789, i64 4606978165328481494, i64 4359618604155798653, i64 4606970529029414038, i64 4365834109879625876, i64 4606963042313658936, i64 4361558225371547773, i64 4606955705993438783, i64 4359562691856033778, i64 4606948520885386461, i64 -4857492308587640738, i64 4606941487810569089, i64 4360319936817113905, i64 4606934607594512097, i64 -4882709470952570886, i64 4606927881067223440, i64 4362641697437125300, i64 4606921309063217931, i64 4354440509323660175, i64 4606914892421541718, i64 4360414030434708406, i64 4606908631985796885, i64 4361245865020257356, i64 4606902528604166193, i64 4363949802402347082, i64 4606896583129437951, i64 -4862018976549545212, i64 4606890796419031025, i64 -4858738662784151448, i64 4606885169335019979, i64 -4856841960950780530, i64 4606879702744160358, i64 -4867878926798276910, i64 4606874397517914103, i64 -4856823124960863467, i64 4606869254532475109, i64 4361066948569222253, i64 4606864274668794914, i64 -4858519367427004022, i64 4606859458812608540, i64 -4874962362796897957, i64 4606854807854460458, i64 -4864964451502548453, i64 4606850322689730711, i64 4342424336897059857, i64 4606846004218661165, i64 4365789078613288175, i64 4606841853346381911, i64 4354643160121541497, i64 4606837870982937808, i64 4365113450260533808, i64 4606834058043315166, i64 4356828907110576048, i64 4606830415447468583, i64 4364865165386375287, i64 4606826944120347917, i64 -4859502521842818162, i64 4606823644991925415, i64 -4861672301267803319, i64 4606820518997222978, i64 -4865894452217038753, i64 4606817567076339586, i64 -4862178651875353354, i64 4606814790174478863, i64 4364890759862540174, i64 4606812189241976794, i64 4358244976955136773, i64 4606809765234329597, i64 4364097860734309385, i64 4606807519112221737, i64 4338311716453074666, i64 4606805451841554103, i64 4365169902980743221, i64 4606803564393472328, i64 -4860258889723447649, i64 4606801857744395273, i64 -4860452975632495192, i64 4606800332876043653, i64 -4862669920490755666, i64 4606798990775468832, i64 -4858312122400614312, i64 4606797832435081765, i64 4347962289735735652, i64 4606796858852682099, i64 -4858341730713460184, i64 4606796071031487437, i64 -4870059510540748414, i64 4606795469980162751, i64 -4871936092595705362, i64 4606795056712849967, i64 -4863645441585018799, i64 4606794832249197700, i64 -4866104880896786737, i64 4606794797614391156, i64 -4861936742874514000, i64 4606794953839182196, i64 -4862171044651866486, i64 4606795301959919561, i64 4364160436192007379, i64 4606795843018579263, i64 -4865239048860621539, i64 4606796578062795143, i64 4365374511615819883, i64 4606797508145889586, i64 4352143969406577749, i64 4606798634326904418, i64 -4861457929465508030, i64 4606799957670631954, i64 -4858423338550479052, i64 4606801479247646227, i64 -4863783675556659426, i64 4606803200134334381, i64 -4858024654332078226, i64 4606805121412928237, i64 4364178698342926848, i64 4606807244171536025, i64 4363345029737015988, i64 4606809569504174299, i64 -4871286895867992065, i64 4606812098510800012, i64 4358348108421357380, i64 4606814832297342774, i64 -4858529541450220157, i64 4606817771975737286, i64 -4873552611666813399, i64 4606820918663955941, i64 -4869477542650660519, i64 4606824273486041615, i64 -4858747092350994006, i64 4606827837572140624, i64 -4862257653857481141, i64 4606831612058535866, i64 4355455812241575463, i64 4606835598087680144, i64 4354367543587795899, i64 4606839796808229667, i64 -4861700651175763357, i64 4606844209375077733, i64 4362612029712904661, i64 4606848836949388595, i64 -4858896013081134315, i64 4606853680698631517, i64 4364212552380330450, i64 4606858741796615000, i64 4360726356711135923, i64 4606864021423521215, i64 -4863078573502718540, i64 4606869520765940602, i64 4362891239881388935, i64 4606875241016906669, i64 -4859248142566958598, i64 4606881183375930982, i64 -4875775683326071110, i64 4606887349049038331, i64 -4859203616861915584, i64 4606893739248802106, i64 -4870406652589927628, i64 4606900355194379847, i64 -4858839866725070283, i64 4606907198111549002, i64 4356388038631218637, i64 4606914269232742866, i64 -4858893633017702228, i64 4606921569797086729, i64 4355946959017544883, i64 4606929101050434204, i64 4363674894410448276, i64 4606936864245403770, i64 4360857247493478828, i64 4606944860641415499, i64 4351547817417644647, i64 4606953091504727989, i64 4352565403421120872, i64 4606961558108475497, i64 -4863735759665056302, i64 4606970261732705274, i64 -4859474856892171665, i64 4606979203664415100, i64 -4859368956010059447, i64 4606988385197591026, i64 4356286533989107623, i64 4606997807633245319, i64 -4863164539274780145, i64 4607007472279454616, i64 4363524392198705836, i64 4607017380451398277, i64 4360674496013757259, i64 4607027533471396960, i64 -4863090309766824417, i64 4607037932668951391, i64 -4861307347717911095, i64 4607048579380781353, i64 4356306869484685523, i64 4607059474950864886, i64 4360546482996998769, i64 4607070620730477699, i64 -4859393813814996496, i64 4607082018078232794, i64 -4860036451210660739, i64 4607093668360120305, i64 4363640302291525640, i64 4607105572949547559, i64 4360658257139329842, i64 4607117733227379351, i64 4362409866909812206, i64 4607130150581978432, i64 -4859885672053611539, i64 4607142826409246228, i64 4357102052301720989, i64 4607155762112663768, i64 4346824392926350473, i64 4607168959103332849] }, align 8
@__log_data = hidden local_unnamed_addr constant %struct.log_data { double f0x3FE62E42FEFA3800, double f0x3D2EF35793C76730, [5 x double] [double f0xBFE0000000000001, double f0x3FD555555551305B, double f0xBFCFFFFFFFEB4590, double f0x3FC999B324F10111, double f0xBFC55575E506C89F], [11 x double] [double -5.000000e-01, double f0x3FD5555555555577, double f0xBFCFFFFFFFFFFDCB, double f0x3FC999999995DD0C, double f0xBFC55555556745A7, double f0x3FC24924A344DE30, double f0xBFBFFFFFA4423D65, double f0x3FBC7184282AD6CA, double f0xBFB999EB43B068FF, double f0x3FB78182F7AFD085, double f0xBFB5521375D145CD], [128 x %struct.anon] [%struct.anon { double f0x3FF734F0C3E0DE9F, double f0xBFD7CC7F79E69000 }, %struct.anon { double f0x3FF713786A2CE91F, double f0xBFD76FEEC20D0000 }, %struct.anon { double f0x3FF6F26008FAB5A0, double f0xBFD713E31351E000 }, %struct.anon { double f0x3FF6D1A61F138C7D, double f0xBFD6B85B38287800 }, %struct.anon { double f0x3FF6B1490BC5B4D1, double f0xBFD65D5590807800 }, %struct.anon { double f0x3FF69147332F0CBA, double f0xBFD602D076180000 }, %struct.anon { double f0x3FF6719F18224223, double f0xBFD5A8CA86909000 }, %struct.anon { double f0x3FF6524F99A51ED9, double f0xBFD54F4356035000 }, %struct.anon { double f0x3FF63356AA8F24C4, double f0xBFD4F637C36B4000 }, %struct.anon { double f0x3FF614B36B9DDC14, double f0xBFD49DA7FDA85000 }, %struct.anon { double f0x3FF5F66452C65C4C, double f0xBFD445923989A800 }, %struct.anon { double f0x3FF5D867B5912C4F, double f0xBFD3EDF439B0B800 }, %struct.anon { double f0x3FF5BABCCB5B90DE, double f0xBFD396CE448F7000 }, %struct.anon { double f0x3FF59D61F2D91A78, double f0xBFD3401E17BDA000 }, %struct.anon { double f0x3FF5805612465687, double f0xBFD2E9E2EF468000 }, %struct.anon { double f0x3FF56397CEE76BD3, double f0xBFD2941B3830E000 }, %struct.anon { double f0x3FF54725E2A77F93, double f0xBFD23EC58CDA8800 }, %struct.anon { double f0x3FF52AFF42064583, double f0xBFD1E9E129279000 }, %struct.anon { double f0x3FF50F22DBB2BDDF, double f0xBFD1956D2B48F800 }, %struct.anon { double f0x3FF4F38F4734DED7, double f0xBFD141679AB9F800 }, %struct.anon { double f0x3FF4D843CFDE2840, double f0xBFD0EDD094EF9800 }, %struct.anon { double f0x3FF4BD3EC078A3C8, double f0xBFD09AA518DB1000 }, %struct.anon { double f0x3FF4A27FC3E0258A, double f0xBFD047E65263B800 }, %struct.anon { double f0x3FF4880524D48434, double f0xBFCFEB224586F000 }, %struct.anon { double f0x3FF46DCE1B192D0B, double f0xBFCF474A7517B000 }, %struct.anon { double f0x3FF453D9D3391854, double f0xBFCEA4443D103000 }, %struct.anon { double f0x3FF43A2744B4845A, double f0xBFCE020D44E9B000 }, %struct.anon { double f0x3FF420B54115F8FB, double f0xBFCD60A22977F000 }, %struct.anon { double f0x3FF40782DA3EF4B1, double f0xBFCCC00104959000 }, %struct.anon { double f0x3FF3EE8F5D57FE8F, double f0xBFCC202956891000 }, %struct.anon { double f0x3FF3D5D9A00B4CE9, double f0xBFCB81178D811000 }, %struct.anon { double f0x3FF3BD60C010C12B, double f0xBFCAE2C9CCD3D000 }, %struct.anon { double f0x3FF3A5242B75DAB8, double f0xBFCA45402E129000 }, %struct.anon { double f0x3FF38D22CD9FD002, double f0xBFC9A877681DF000 }, %struct.anon { double f0x3FF3755BC5847A1C, double f0xBFC90C6D69483000 }, %struct.anon { double f0x3FF35DCE49AD36E2, double f0xBFC87120A645C000 }, %struct.anon { double f0x3FF34679984DD440, double f0xBFC7D68FB4143000 }, %struct.anon { double f0x3FF32F5CCEFFCB24, double f0xBFC73CB83C627000 }, %struct.anon { double f0x3FF3187775A10D49, double f0xBFC6A39A9B376000 }, %struct.anon { double f0x3FF301C8373E3990, double f0xBFC60B3154B7A000 }, %struct.anon { double f0x3FF2EB4EBB95F841, double f0xBFC5737D76243000 }, %struct.anon { double f0x3FF2D50A0219A9D1, double f0xBFC4DC7B8FC23000 }, %struct.anon { double f0x3FF2BEF9A8B7FD2A, double f0xBFC4462C51D20000 }, %struct.anon { double f0x3FF2A91C7A0C1BAB, double f0xBFC3B08ABC830000 }, %struct.anon { double f0x3FF293726014B530, double f0xBFC31B996B490000 }, %struct.anon { double f0x3FF27DFA5757A1F5, double f0xBFC2875490A44000 }, %struct.anon { double f0x3FF268B39B1D3BBF, double f0xBFC1F3B9F879A000 }, %struct.anon { double f0x3FF2539D838FF5BD, double f0xBFC160C8252CA000 }, %struct.anon { double f0x3FF23EB7AAC9083B, double f0xBFC0CE7F57F72000 }, %struct.anon { double f0x3FF22A012BA940B6, double f0xBFC03CDC49FEA000 }, %struct.anon { double f0x3FF2157996CC4132, double f0xBFBF57BDBC4B8000 }, %struct.anon { double f0x3FF201201DD2FC9B, double f0xBFBE370896404000 }, %struct.anon { double f0x3FF1ECF4494D480B, double f0xBFBD17983EF94000 }, %struct.anon { double f0x3FF1D8F5528F6569, double f0xBFBBF9674ED8A000 }, %struct.anon { double f0x3FF1C52311577E7C, double f0xBFBADC79202F6000 }, %struct.anon { double f0x3FF1B17C74CB26E9, double f0xBFB9C0C3E7288000 }, %struct.anon { double f0x3FF19E010C2C1AB6, double f0xBFB8A646B372C000 }, %struct.anon { double f0x3FF18AB07BB670BD, double f0xBFB78D01B3AC0000 }, %struct.anon { double f0x3FF1778A25EFBCB6, double f0xBFB674F145380000 }, %struct.anon { double f0x3FF1648D354C31DA, double f0xBFB55E0E6D878000 }, %struct.anon { double f0x3FF151B990275FDD, double f0xBFB4485CDEA1E000 }, %struct.anon { double f0x3FF13F0EA432D24C, double f0xBFB333D94D6AA000 }, %struct.anon { double f0x3FF12C8B7210F9DA, double f0xBFB22079F8C56000 }, %struct.anon { double f0x3FF11A3028ECB531, double f0xBFB10E4698622000 }, %struct.anon { double f0x3FF107FBDA8434AF, double f0xBFAFFA6C6AD20000 }, %struct.anon { double f0x3FF0F5EE0F4E6BB3, double f0xBFADDA8D4A774000 }, %struct.anon { double f0x3FF0E4065D2A9FCE, double f0xBFABBCECE4850000 }, %struct.anon { double f0x3FF0D244632CA521, double f0xBFA9A1894012C000 }, %struct.anon { double f0x3FF0C0A77CE2981A, double f0xBFA788583302C000 }, %struct.anon { double f0x3FF0AF2F83C636D1, double f0xBFA5715E67D68000 }, %struct.anon { double f0x3FF09DDB98A01339, double f0xBFA35C8A49658000 }, %struct.anon { double f0x3FF08CABAF52E7DF, double f0xBFA149E364154000 }, %struct.anon { double f0x3FF07B9F2F4E28FB, double f0xBF9E72C082EB8000 }, %struct.anon { double f0x3FF06AB58C358F19, double f0xBF9A55F152528000 }, %struct.anon { double f0x3FF059EEA5ECF92C, double f0xBF963D62CF818000 }, %struct.anon { double f0x3FF04949CDD12C90, double f0xBF9228FB8CAA0000 }, %struct.anon { double f0x3FF038C6C6F0ADA9, double f0xBF8C317B20F90000 }, %struct.anon { double f0x3FF02865137932A9, double f0xBF8419355DAA0000 }, %struct.anon { double f0x3FF0182427EA7348, double f0xBF781203C2EC0000 }, %struct.anon { double f0x3FF008040614B195, double f0xBF60040979240000 }, %struct.anon { double f0x3FEFE01FF726FA1A, double f0x3F6FEFF384900000 }, %struct.anon { double f0x3FEFA11CC261EA74, double f0x3F87DC41353D0000 }, %struct.anon { double f0x3FEF6310B081992E, double f0x3F93CEA3C4C28000 }, %struct.anon { double f0x3FEF25F63CEEADCD, double f0x3F9B9FC114890000 }, %struct.anon { double f0x3FEEE9C8039113E7, double f0x3FA1B0D8CE110000 }, %struct.anon { double f0x3FEEAE8078CBB1AB, double f0x3FA58A5BD001C000 }, %struct.anon { double f0x3FEE741AA29D0C9B, double f0x3FA95C8340D88000 }, %struct.anon { double f0x3FEE3A91830A99B5, double f0x3FAD276AEF578000 }, %struct.anon { double f0x3FEE01E009609A56, double f0x3FB07598E598C000 }, %struct.anon { double f0x3FEDCA01E577BB98, double f0x3FB253F5E30D2000 }, %struct.anon { double f0x3FED92F20B7C9103, double f0x3FB42EDD8B380000 }, %struct.anon { double f0x3FED5CAC66FB5CCE, double f0x3FB606598757C000 }, %struct.anon { double f0x3FED272CAA5EDE9D, double f0x3FB7DA76356A0000 }, %struct.anon { double f0x3FECF26E3E6B2CCD, double f0x3FB9AB434E1C6000 }, %struct.anon { double f0x3FECBE6DA2A77902, double f0x3FBB78C7BB0D6000 }, %struct.anon { double f0x3FEC8B266D37086D, double f0x3FBD431332E72000 }, %struct.anon { double f0x3FEC5894BD5D5804, double f0x3FBF0A3171DE6000 }, %struct.anon { double f0x3FEC26B533BB9F8C, double f0x3FC067152B914000 }, %struct.anon { double f0x3FEBF583EEECE73F, double f0x3FC147858292B000 }, %struct.anon { double f0x3FEBC4FD75DB96C1, double f0x3FC2266ECDCA3000 }, %struct.anon { double f0x3FEB951E0C864A28, double f0x3FC303D7A6C55000 }, %struct.anon { double f0x3FEB65E2C5EF3E2C, double f0x3FC3DFC33C331000 }, %struct.anon { double f0x3FEB374867C9888B, double f0x3FC4BA366B7A8000 }, %struct.anon { double f0x3FEB094B211D304A, double f0x3FC5933928D1F000 }, %struct.anon { double f0x3FEADBE885F2EF7E, double f0x3FC66ACD2418F000 }, %struct.anon { double f0x3FEAAF1D31603DA2, double f0x3FC740F8EC669000 }, %struct.anon { double f0x3FEA82E63FD358A7, double f0x3FC815C0F51AF000 }, %struct.anon { double f0x3FEA5740EF09738B, double f0x3FC8E92954F68000 }, %struct.anon { double f0x3FEA2C2A90AB4B27, double f0x3FC9BB3602F84000 }, %struct.anon { double f0x3FEA01A01393F2D1, double f0x3FCA8BED1C2C0000 }, %struct.anon { double f0x3FE9D79F24DB3C1B, double f0x3FCB5B515C01D000 }, %struct.anon { double f0x3FE9AE2505C7B190, double f0x3FCC2967CCBCC000 }, %struct.anon { double f0x3FE9852EF297CE2F, double f0x3FCCF635D5486000 }, %struct.anon { double f0x3FE95CBAEEA44B75, double f0x3FCDC1BD3446C000 }, %struct.anon { double f0x3FE934C69DE74838, double f0x3FCE8C01B8CFE000 }, %struct.anon { double f0x3FE90D4F2F6752E6, double f0x3FCF5509C0179000 }, %struct.anon { double f0x3FE8E6528EFFD79D, double f0x3FD00E6C121FB800 }, %struct.anon { double f0x3FE8BFCE9FCC007C, double f0x3FD071B80E93D000 }, %struct.anon { double f0x3FE899C0DABEC30E, double f0x3FD0D46B9E867000 }, %struct.anon { double f0x3FE87427AA2317FB, double f0x3FD13687334BD000 }, %struct.anon { double f0x3FE84F00ACB39A08, double f0x3FD1980D67234800 }, %struct.anon { double f0x3FE82A49E8653E55, double f0x3FD1F8FFE0CC8000 }, %struct.anon { double f0x3FE8060195F40260, double f0x3FD2595FD7636800 }, %struct.anon { double f0x3FE7E22563E0A329, double f0x3FD2B9300914A800 }, %struct.anon { double f0x3FE7BEB377DCB5AD, double f0x3FD3187210436000 }, %struct.anon { double f0x3FE79BAA679725C2, double f0x3FD377266DEC1800 }, %struct.anon { double f0x3FE77907F2170657, double f0x3FD3D54FFBAF3000 }, %struct.anon { double f0x3FE756CADBD6130C, double f0x3FD432EEE32FE000 }], [128 x %struct.anon] [%struct.anon { double f0x3FE61000014FB66B, double f0x3C7E026C91425B3C }, %struct.anon { double f0x3FE63000034DB495, double f0x3C8DBFEA48005D41 }, %struct.anon { double f0x3FE650000D94D478, double f0x3C8E7FA786D6A5B7 }, %struct.anon { double f0x3FE67000074E6FAD, double f0x3C61FCEA6B54254C }, %struct.anon { double f0x3FE68FFFFEDF0FAE, double f0xBC7C7E274C590EFD }, %struct.anon { double f0x3FE6B0000763C5BC, double f0xBC8AC16848DCDA01 }, %struct.anon { double f0x3FE6D0001E5CC1F6, double f0x3C833F1C9D499311 }, %struct.anon { double f0x3FE6EFFFEB05F63E, double f0xBC7E80041AE22D53 }, %struct.anon { double f0x3FE710000E869780, double f0x3C7BFF6671097952 }, %struct.anon { double f0x3FE72FFFFC67E912, double f0x3C8C00E226BD8724 }, %struct.anon { double f0x3FE74FFFDF81116A, double f0xBC6E02916EF101D2 }, %struct.anon { double f0x3FE770000F679C90, double f0xBC67FC71CD549C74 }, %struct.anon { double f0x3FE78FFFFA7EC835, double f0x3C81BEC19EF50483 }, %struct.anon { double f0x3FE7AFFFFE20C2E6, double f0xBC707E1729CC6465 }, %struct.anon { double f0x3FE7CFFFED3FC900, double f0xBC808072087B8B1C }, %struct.anon { double f0x3FE7EFFFE9261A76, double f0x3C8DC0286D9DF9AE }, %struct.anon { double f0x3FE81000049CA3E8, double f0x3C897FD251E54C33 }, %struct.anon { double f0x3FE8300017932C8F, double f0xBC8AFEE9B630F381 }, %struct.anon { double f0x3FE850000633739C, double f0x3C89BFBF6B6535BC }, %struct.anon { double f0x3FE87000204289C6, double f0xBC8BBF65F3117B75 }, %struct.anon { double f0x3FE88FFFEBF57904, double f0xBC89006EA23DCB57 }, %struct.anon { double f0x3FE8B00022BC04DF, double f0xBC7D00DF38E04B0A }, %struct.anon { double f0x3FE8CFFFE50C1B8A, double f0xBC88007146FF9F05 }, %struct.anon { double f0x3FE8EFFFFC918E43, double f0x3C83817BD07A7038 }, %struct.anon { double f0x3FE910001EFA5FC7, double f0x3C893E9176DFB403 }, %struct.anon { double f0x3FE9300013467BB9, double f0x3C7F804E4B980276 }, %struct.anon { double f0x3FE94FFFE6EE076F, double f0xBC8F7EF0D9FF622E }, %struct.anon { double f0x3FE96FFFDE3C12D1, double f0xBC7082AA962638BA }, %struct.anon { double f0x3FE98FFFF4458A0D, double f0xBC87801B9164A8EF }, %struct.anon { double f0x3FE9AFFFDD982E3E, double f0xBC8740E08A5A9337 }, %struct.anon { double f0x3FE9CFFFED49FB66, double f0x3C3FCE08C19BE000 }, %struct.anon { double f0x3FE9F00020F19C51, double f0xBC8A3FAA27885B0A }, %struct.anon { double f0x3FEA10001145B006, double f0x3C74FF489958DA56 }, %struct.anon { double f0x3FEA300007BBF6FA, double f0x3C8CBEAB8A2B6D18 }, %struct.anon { double f0x3FEA500010971D79, double f0x3C88FECADD787930 }, %struct.anon { double f0x3FEA70001DF52E48, double f0xBC8F41763DD8ABDB }, %struct.anon { double f0x3FEA90001C593352, double f0xBC8EBF0284C27612 }, %struct.anon { double f0x3FEAB0002A4F3E4B, double f0xBC69FD043CFF3F5F }, %struct.anon { double f0x3FEACFFFD7AE1ED1, double f0xBC823EE7129070B4 }, %struct.anon { double f0x3FEAEFFFEE510478, double f0x3C6A063EE00EDEA3 }, %struct.anon { double f0x3FEB0FFFDB650D5B, double f0x3C5A06C8381F0AB9 }, %struct.anon { double f0x3FEB2FFFFEAACA57, double f0xBC79011E74233C1D }, %struct.anon { double f0x3FEB4FFFD995BADC, double f0xBC79FF1068862A9F }, %struct.anon { double f0x3FEB7000249E659C, double f0x3C8AFF45D0864F3E }, %struct.anon { double f0x3FEB8FFFF9871640, double f0x3C7CFE7796C2C3F9 }, %struct.anon { double f0x3FEBAFFFD204CB4F, double f0xBC63FF27EEF22BC4 }, %struct.anon { double f0x3FEBCFFFD2415C45, double f0xBC6CFFB7EE3BEA21 }, %struct.anon { double f0x3FEBEFFFF86309DF, double f0xBC814103972E0B5C }, %struct.anon { double f0x3FEC0FFFE1B57653, double f0x3C8BC16494B76A19 }, %struct.anon { double f0x3FEC2FFFF1FA57E3, double f0xBC64FEEF8D30C6ED }, %struct.anon { double f0x3FEC4FFFDCBFE424, double f0xBC843F68BCEC4775 }, %struct.anon { double f0x3FEC6FFFED54B9F7, double f0x3C847EA3F053E0EC }, %struct.anon { double f0x3FEC8FFFEB998FD5, double f0x3C7383068DF992F1 }, %struct.anon { double f0x3FECB0002125219A, double f0xBC68FD8E64180E04 }, %struct.anon { double f0x3FECCFFFDD94469C, double f0x3C8E7EBE1CC7EA72 }, %struct.anon { double f0x3FECEFFFEAFDC476, double f0x3C8EBE39AD9F88FE }, %struct.anon { double f0x3FED1000169AF82B, double f0x3C757D91A8B95A71 }, %struct.anon { double f0x3FED30000D0FF71D, double f0x3C89C1906970C7DA }, %struct.anon { double f0x3FED4FFFEA790FC4, double f0xBC580E37C558FE0C }, %struct.anon { double f0x3FED70002EDC87E5, double f0xBC7F80D64DC10F44 }, %struct.anon { double f0x3FED900021DC82AA, double f0xBC747C8F94FD5C5C }, %struct.anon { double f0x3FEDAFFFD86B0283, double f0x3C8C7F1DC521617E }, %struct.anon { double f0x3FEDD000296C4739, double f0x3C88019EB2FFB153 }, %struct.anon { double f0x3FEDEFFFE54490F5, double f0x3C6E00D2C652CC89 }, %struct.anon { double f0x3FEE0FFFCDABF694, double f0xBC7F8340202D69D2 }, %struct.anon { double f0x3FEE2FFFDB52C8DD, double f0x3C7B00C1CA1B0864 }, %struct.anon { double f0x3FEE4FFFF24216EF, double f0x3C72FFA8B094AB51 }, %struct.anon { double f0x3FEE6FFFE88A5E11, double f0xBC57F673B1EFBE59 }, %struct.anon { double f0x3FEE9000119EFF0D, double f0xBC84808D5E0BC801 }, %struct.anon { double f0x3FEEAFFFDFA51744, double f0x3C780006D54320B5 }, %struct.anon { double f0x3FEED0001A127FA1, double f0xBC5002F860565C92 }, %struct.anon { double f0x3FEEF00007BABCC4, double f0xBC8540445D35E611 }, %struct.anon { double f0x3FEF0FFFF57A8D02, double f0xBC4FFB3139EF9105 }, %struct.anon { double f0x3FEF30001EE58AC7, double f0x3C8A81ACF2731155 }, %struct.anon { double f0x3FEF4FFFF5823494, double f0x3C8A3F41D4D7C743 }, %struct.anon { double f0x3FEF6FFFFCA94C6B, double f0xBC6202F41C987875 }, %struct.anon { double f0x3FEF8FFFE1F9C441, double f0x3C777DD1F477E74B }, %struct.anon { double f0x3FEFAFFFD2E0E37E, double f0xBC6F01199A7CA331 }, %struct.anon { double f0x3FEFD0001C77E49E, double f0x3C7181EE4BCEACB1 }, %struct.anon { double f0x3FEFEFFFF7E0C331, double f0xBC6E05370170875A }, %struct.anon { double f0x3FF00FFFF465606E, double f0xBC8A7EAD491C0ADA }, %struct.anon { double f0x3FF02FFFF3867A58, double f0xBC977F69C3FCB2E0 }, %struct.anon { double f0x3FF04FFFFDFC0D17, double f0x3C97BFFE34CB945B }, %struct.anon { double f0x3FF0700003CD4D82, double f0x3C820083C0E456CB }, %struct.anon { double f0x3FF08FFFF9F2CBE8, double f0xBC6DFFDFBE37751A }, %struct.anon { double f0x3FF0B000010CDA65, double f0xBC913F7FAEE626EB }, %struct.anon { double f0x3FF0D00001A4D338, double f0x3C807DFA79489FF7 }, %struct.anon { double f0x3FF0EFFFFADAFDFD, double f0xBC77040570D66BC0 }, %struct.anon { double f0x3FF110000BBAFD96, double f0x3C8E80D4846D0B62 }, %struct.anon { double f0x3FF12FFFFAE5F45D, double f0x3C9DBFFA64FD36EF }, %struct.anon { double f0x3FF150000DD59AD9, double f0x3C9A0077701250AE }, %struct.anon { double f0x3FF170000F21559A, double f0x3C8DFDF9E2E3DEEE }, %struct.anon { double f0x3FF18FFFFC275426, double f0x3C910030DC3B7273 }, %struct.anon { double f0x3FF1B000123D3C59, double f0x3C997F7980030188 }, %struct.anon { double f0x3FF1CFFFF8299EB7, double f0xBC65F932AB9F8C67 }, %struct.anon { double f0x3FF1EFFFF48AD400, double f0x3C937FBF9DA75BEB }, %struct.anon { double f0x3FF210000C8B86A4, double f0x3C9F806B91FD5B22 }, %struct.anon { double f0x3FF2300003854303, double f0x3C93FFC2EB9FBF33 }, %struct.anon { double f0x3FF24FFFFFBCF684, double f0x3C7601E77E2E2E72 }, %struct.anon { double f0x3FF26FFFF52921D9, double f0x3C7FFCBB767F0C61 }, %struct.anon { double f0x3FF2900014933A3C, double f0xBC7202CA3C02412B }, %struct.anon { double f0x3FF2B00014556313, double f0xBC92808233F21F02 }, %struct.anon { double f0x3FF2CFFFEBFE523B, double f0xBC88FF7E384FDCF2 }, %struct.anon { double f0x3FF2F0000BB8AD96, double f0xBC85FF51503041C5 }, %struct.anon { double f0x3FF30FFFFB7AE2AF, double f0xBC810071885E289D }, %struct.anon { double f0x3FF32FFFFEAC5F7F, double f0xBC91FF5D3FB7B715 }, %struct.anon { double f0x3FF350000CA66756, double f0x3C957F82228B82BD }, %struct.anon { double f0x3FF3700011FBF721, double f0x3C8000BAC40DD5CC }, %struct.anon { double f0x3FF38FFFF9592FB9, double f0xBC943F9D2DB2A751 }, %struct.anon { double f0x3FF3B00004DDD242, double f0x3C857F6B707638E1 }, %struct.anon { double f0x3FF3CFFFF5B2C957, double f0x3C7A023A10BF1231 }, %struct.anon { double f0x3FF3EFFFEAB0B418, double f0x3C987F6D66B152B0 }, %struct.anon { double f0x3FF410001532AFF4, double f0x3C67F8375F198524 }, %struct.anon { double f0x3FF4300017478B29, double f0x3C8301E672DC5143 }, %struct.anon { double f0x3FF44FFFE795B463, double f0x3C89FF69B8B2895A }, %struct.anon { double f0x3FF46FFFE80475E0, double f0xBC95C0B19BC2F254 }, %struct.anon { double f0x3FF48FFFEF6FC1E7, double f0x3C9B4009F23A2A72 }, %struct.anon { double f0x3FF4AFFFE5BEA704, double f0xBC94FFB7BF0D7D45 }, %struct.anon { double f0x3FF4D000171027DE, double f0xBC99C06471DC6A3D }, %struct.anon { double f0x3FF4F0000FF03EE2, double f0x3C977F890B85531C }, %struct.anon { double f0x3FF5100012DC4BD1, double f0x3C6004657166A436 }, %struct.anon { double f0x3FF530001605277A, double f0xBC96BFCECE233209 }, %struct.anon { double f0x3FF54FFFECDB704C, double f0xBC8902720505A1D7 }, %struct.anon { double f0x3FF56FFFEF5F54A9, double f0x3C9BBFE60EC96412 }, %struct.anon { double f0x3FF5900017E61012, double f0x3C887EC581AFEF90 }, %struct.anon { double f0x3FF5B00003C93E92, double f0xBC9F41080ABF0CC0 }, %struct.anon { double f0x3FF5D0001D4919BC, double f0xBC98812AFB254729 }, %struct.anon { double f0x3FF5EFFFE7B87A89, double f0xBC947EB780ED6904 }] }, align 8
@__exp2f_data = hidden local_unnamed_addr constant %struct.exp2f_data { [32 x i64] [i64 4607182418800017408, i64 4607140297302181236, i64 4607100335213349135, i64 4607062579818421073, i64 4607027079437701499, i64 4606993883449571754, i64 4606963042313658936, i64 4606934607594512097, i64 4606908631985796885, i64 4606885169335019979, i64 4606864274668794914, i64 4606846004218661165, i64 4606830415447468583, i64 4606817567076339586, i64 4606807519112221737, i64 4606800332876043653, i64 4606796071031487437, i64 4606794797614391156, i64 4606796578062795143, i64 4606801479247646227, i64 4606809569504174299, i64 4606820918663955941, i64 4606835598087680144, i64 4606853680698631517, i64 4606875241016906669, i64 4606900355194379847, i64 4606929101050434204, i64 4606961558108475497, i64 4606997807633245319, i64 4607037932668951391, i64 4607082018078232794, i64 4607130150581978432], double f0x42E8000000000000, [3 x double] [double f0x3FAC6AF84B912394, double f0x3FCEBFCE50FAC4F3, double f0x3FE62E42FF0C52D6], double f0x4338000000000000, double f0x40471547652B82FE, [3 x double] [double f0x3EBC6AF84B912394, double f0x3F2EBFCE50FAC4F3, double f0x3F962E42FF0C52D6] }, align 8
@__powf_log2_data = hidden local_unnamed_addr constant %struct.powf_log2_data { [16 x %struct.anon] [%struct.anon { double f0x3FF661EC79F8F3BE, double f0xBFDEFEC65B963019 }, %struct.anon { double f0x3FF571ED4AAF883D, double f0xBFDB0B6832D4FCA4 }, %struct.anon { double f0x3FF49539F0F010B0, double f0xBFD7418B0A1FB77B }, %struct.anon { double f0x3FF3C995B0B80385, double f0xBFD39DE91A6DCF7B }, %struct.anon { double f0x3FF30D190C8864A5, double f0xBFD01D9BF3F2B631 }, %struct.anon { double f0x3FF25E227B0B8EA0, double f0xBFC97C1D1B3B7AF0 }, %struct.anon { double f0x3FF1BB4A4A1A343F, double f0xBFC2F9E393AF3C9F }, %struct.anon { double f0x3FF12358F08AE5BA, double f0xBFB960CBBF788D5C }, %struct.anon { double f0x3FF0953F419900A7, double f0xBFAA6F9DB6475FCE }, %struct.anon { double 1.000000e+00, double 0.000000e+00 }, %struct.anon { double f0x3FEE608CFD9A47AC, double f0x3FB338CA9F24F53D }, %struct.anon { double f0x3FECA4B31F026AA0, double f0x3FC476A9543891BA }, %struct.anon { double f0x3FEB2036576AFCE6, double f0x3FCE840B4AC4E4D2 }, %struct.anon { double f0x3FE9C2D163A1AA2D, double f0x3FD40645F0C6651C }, %struct.anon { double f0x3FE886E6037841ED, double f0x3FD88E9C2C1B9FF8 }, %struct.anon { double f0x3FE767DCF5534862, double f0x3FDCE0A44EB17BCC }], [5 x double] [double f0x3FD27616C9496E0B, double f0xBFD71969A075C67A, double f0x3FDEC70A6CA7BADD, double f0xBFE7154748BEF6C8, double f0x3FF71547652AB82B] }, align 8

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

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden float @iree_h2f_ieee(i16 noundef signext %0) local_unnamed_addr #6 {
  %2 = and i16 %0, 31744
  %3 = and i16 %0, 1023
  %4 = and i16 %0, -32768
  %5 = zext i16 %4 to i32
  %6 = shl nuw i32 %5, 16
  switch i16 %2, label %15 [
    i16 31744, label %7
    i16 0, label %23
  ]

7:                                                ; preds = %1
  %8 = icmp eq i16 %3, 0
  br i1 %8, label %12, label %9

9:                                                ; preds = %7
  %10 = or disjoint i32 %6, 2143289344
  %11 = bitcast i32 %10 to float
  br label %28

12:                                               ; preds = %7
  %13 = or disjoint i32 %6, 2139095040
  %14 = bitcast i32 %13 to float
  br label %28

15:                                               ; preds = %1
  %16 = zext nneg i16 %3 to i32
  %17 = zext nneg i16 %2 to i32
  %18 = add nuw nsw i32 %17, 114688
  %19 = or disjoint i32 %18, %16
  %20 = shl nuw nsw i32 %19, 13
  %21 = or disjoint i32 %20, %6
  %22 = bitcast i32 %21 to float
  br label %28

23:                                               ; preds = %1
  %24 = or disjoint i32 %6, 864026624
  %25 = uitofp nneg i16 %3 to float
  %26 = bitcast i32 %24 to float
  %27 = fmul float %25, %26
  br label %28

28:                                               ; preds = %23, %15, %12, %9
  %29 = phi float [ %11, %9 ], [ %14, %12 ], [ %22, %15 ], [ %27, %23 ]
  ret float %29
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden signext i16 @iree_f2h_ieee(float noundef %0) local_unnamed_addr #6 {
  %2 = bitcast float %0 to i32
  %3 = and i32 %2, 2139095040
  %4 = and i32 %2, 8388607
  %5 = lshr i32 %2, 16
  %6 = and i32 %5, 32768
  switch i32 %3, label %12 [
    i32 2139095040, label %7
    i32 0, label %29
  ]

7:                                                ; preds = %1
  %8 = icmp eq i32 %4, 0
  br i1 %8, label %29, label %9

9:                                                ; preds = %7
  %10 = trunc nuw i32 %5 to i16
  %11 = or i16 %10, 32767
  br label %33

12:                                               ; preds = %1
  %13 = lshr exact i32 %3, 13
  %14 = icmp samesign ugt i32 %3, 1191182336
  br i1 %14, label %29, label %15

15:                                               ; preds = %12
  %16 = icmp samesign ult i32 %3, 947912704
  br i1 %16, label %29, label %17

17:                                               ; preds = %15
  %18 = and i32 %2, 8192
  %19 = icmp eq i32 %18, 0
  %20 = select i1 %19, i32 4095, i32 4096
  %21 = add nuw nsw i32 %20, %4
  %22 = icmp samesign ugt i32 %21, 8388607
  %23 = select i1 %22, i32 -129024, i32 -130048
  %24 = add nuw nsw i32 %13, 15360
  %25 = add nsw i32 %24, %23
  %26 = lshr i32 %21, 13
  %27 = select i1 %22, i32 0, i32 %26
  %28 = add nuw nsw i32 %25, %27
  br label %29

29:                                               ; preds = %17, %12, %15, %1, %7
  %30 = phi i32 [ 31744, %7 ], [ %3, %1 ], [ %28, %17 ], [ 31744, %12 ], [ 0, %15 ]
  %31 = or i32 %30, %6
  %32 = trunc i32 %31 to i16
  br label %33

33:                                               ; preds = %29, %9
  %34 = phi i16 [ %11, %9 ], [ %32, %29 ]
  ret i16 %34
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden float @__gnu_h2f_ieee(i16 noundef signext %0) local_unnamed_addr #6 {
  %2 = and i16 %0, 31744
  %3 = and i16 %0, 1023
  %4 = and i16 %0, -32768
  %5 = zext i16 %4 to i32
  %6 = shl nuw i32 %5, 16
  switch i16 %2, label %15 [
    i16 31744, label %7
    i16 0, label %23
  ]

7:                                                ; preds = %1
  %8 = icmp eq i16 %3, 0
  br i1 %8, label %12, label %9

9:                                                ; preds = %7
  %10 = or disjoint i32 %6, 2143289344
  %11 = bitcast i32 %10 to float
  br label %28

12:                                               ; preds = %7
  %13 = or disjoint i32 %6, 2139095040
  %14 = bitcast i32 %13 to float
  br label %28

15:                                               ; preds = %1
  %16 = zext nneg i16 %3 to i32
  %17 = zext nneg i16 %2 to i32
  %18 = add nuw nsw i32 %17, 114688
  %19 = or disjoint i32 %18, %16
  %20 = shl nuw nsw i32 %19, 13
  %21 = or disjoint i32 %20, %6
  %22 = bitcast i32 %21 to float
  br label %28

23:                                               ; preds = %1
  %24 = or disjoint i32 %6, 864026624
  %25 = uitofp nneg i16 %3 to float
  %26 = bitcast i32 %24 to float
  %27 = fmul float %25, %26
  br label %28

28:                                               ; preds = %9, %12, %15, %23
  %29 = phi float [ %11, %9 ], [ %14, %12 ], [ %22, %15 ], [ %27, %23 ]
  ret float %29
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden float @__extendhfsf2(float noundef %0) local_unnamed_addr #6 {
  %2 = bitcast float %0 to i32
  %3 = trunc i32 %2 to i16
  %4 = and i16 %3, 31744
  %5 = and i16 %3, 1023
  %6 = shl i32 %2, 16
  %7 = and i32 %6, -2147483648
  switch i16 %4, label %16 [
    i16 31744, label %8
    i16 0, label %24
  ]

8:                                                ; preds = %1
  %9 = icmp eq i16 %5, 0
  br i1 %9, label %13, label %10

10:                                               ; preds = %8
  %11 = or disjoint i32 %7, 2143289344
  %12 = bitcast i32 %11 to float
  br label %29

13:                                               ; preds = %8
  %14 = or disjoint i32 %7, 2139095040
  %15 = bitcast i32 %14 to float
  br label %29

16:                                               ; preds = %1
  %17 = and i32 %2, 1023
  %18 = and i32 %2, 31744
  %19 = add nuw nsw i32 %18, 114688
  %20 = or disjoint i32 %19, %17
  %21 = shl nuw nsw i32 %20, 13
  %22 = or disjoint i32 %21, %7
  %23 = bitcast i32 %22 to float
  br label %29

24:                                               ; preds = %1
  %25 = or disjoint i32 %7, 864026624
  %26 = uitofp nneg i16 %5 to float
  %27 = bitcast i32 %25 to float
  %28 = fmul nnan float %26, %27
  br label %29

29:                                               ; preds = %10, %13, %16, %24
  %30 = phi float [ %12, %10 ], [ %15, %13 ], [ %23, %16 ], [ %28, %24 ]
  ret float %30
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden signext i16 @__gnu_f2h_ieee(float noundef %0) local_unnamed_addr #6 {
  %2 = bitcast float %0 to i32
  %3 = and i32 %2, 2139095040
  %4 = and i32 %2, 8388607
  %5 = lshr i32 %2, 16
  %6 = and i32 %5, 32768
  switch i32 %3, label %12 [
    i32 2139095040, label %7
    i32 0, label %29
  ]

7:                                                ; preds = %1
  %8 = icmp eq i32 %4, 0
  br i1 %8, label %29, label %9

9:                                                ; preds = %7
  %10 = trunc nuw i32 %5 to i16
  %11 = or i16 %10, 32767
  br label %33

12:                                               ; preds = %1
  %13 = lshr exact i32 %3, 13
  %14 = icmp samesign ugt i32 %3, 1191182336
  br i1 %14, label %29, label %15

15:                                               ; preds = %12
  %16 = icmp samesign ult i32 %3, 947912704
  br i1 %16, label %29, label %17

17:                                               ; preds = %15
  %18 = and i32 %2, 8192
  %19 = icmp eq i32 %18, 0
  %20 = select i1 %19, i32 4095, i32 4096
  %21 = add nuw nsw i32 %20, %4
  %22 = icmp samesign ugt i32 %21, 8388607
  %23 = select i1 %22, i32 -129024, i32 -130048
  %24 = add nuw nsw i32 %13, 15360
  %25 = add nsw i32 %24, %23
  %26 = lshr i32 %21, 13
  %27 = select i1 %22, i32 0, i32 %26
  %28 = add nuw nsw i32 %25, %27
  br label %29

29:                                               ; preds = %17, %15, %12, %7, %1
  %30 = phi i32 [ 31744, %7 ], [ %3, %1 ], [ %28, %17 ], [ 31744, %12 ], [ 0, %15 ]
  %31 = or i32 %30, %6
  %32 = trunc i32 %31 to i16
  br label %33

33:                                               ; preds = %9, %29
  %34 = phi i16 [ %11, %9 ], [ %32, %29 ]
  ret i16 %34
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden float @__truncsfhf2(float noundef %0) local_unnamed_addr #6 {
  %2 = alloca i16, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  %3 = bitcast float %0 to i32
  %4 = and i32 %3, 2139095040
  %5 = and i32 %3, 8388607
  %6 = lshr i32 %3, 16
  %7 = and i32 %6, 32768
  switch i32 %4, label %13 [
    i32 2139095040, label %8
    i32 0, label %30
  ]

8:                                                ; preds = %1
  %9 = icmp eq i32 %5, 0
  br i1 %9, label %30, label %10

10:                                               ; preds = %8
  %11 = trunc nuw i32 %6 to i16
  %12 = or i16 %11, 32767
  br label %34

13:                                               ; preds = %1
  %14 = lshr exact i32 %4, 13
  %15 = icmp samesign ugt i32 %4, 1191182336
  br i1 %15, label %30, label %16

16:                                               ; preds = %13
  %17 = icmp samesign ult i32 %4, 947912704
  br i1 %17, label %30, label %18

18:                                               ; preds = %16
  %19 = and i32 %3, 8192
  %20 = icmp eq i32 %19, 0
  %21 = select i1 %20, i32 4095, i32 4096
  %22 = add nuw nsw i32 %21, %5
  %23 = icmp samesign ugt i32 %22, 8388607
  %24 = select i1 %23, i32 -129024, i32 -130048
  %25 = add nuw nsw i32 %14, 15360
  %26 = add nsw i32 %25, %24
  %27 = lshr i32 %22, 13
  %28 = select i1 %23, i32 0, i32 %27
  %29 = add nuw nsw i32 %26, %28
  br label %30

30:                                               ; preds = %18, %16, %13, %8, %1
  %31 = phi i32 [ 31744, %8 ], [ %4, %1 ], [ %29, %18 ], [ 31744, %13 ], [ 0, %16 ]
  %32 = or i32 %31, %7
  %33 = trunc i32 %32 to i16
  br label %34

34:                                               ; preds = %10, %30
  %35 = phi i16 [ %12, %10 ], [ %33, %30 ]
  store i16 %35, ptr %2, align 4, !tbaa !169
  %36 = load float, ptr %2, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  ret float %36
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden double @__extendhfdf2(float noundef %0) local_unnamed_addr #6 {
  %2 = bitcast float %0 to i32
  %3 = trunc i32 %2 to i16
  %4 = and i16 %3, 31744
  %5 = and i16 %3, 1023
  %6 = shl i32 %2, 16
  %7 = and i32 %6, -2147483648
  switch i16 %4, label %16 [
    i16 31744, label %8
    i16 0, label %24
  ]

8:                                                ; preds = %1
  %9 = icmp eq i16 %5, 0
  br i1 %9, label %13, label %10

10:                                               ; preds = %8
  %11 = or disjoint i32 %7, 2143289344
  %12 = bitcast i32 %11 to float
  br label %29

13:                                               ; preds = %8
  %14 = or disjoint i32 %7, 2139095040
  %15 = bitcast i32 %14 to float
  br label %29

16:                                               ; preds = %1
  %17 = and i32 %2, 1023
  %18 = and i32 %2, 31744
  %19 = add nuw nsw i32 %18, 114688
  %20 = or disjoint i32 %19, %17
  %21 = shl nuw nsw i32 %20, 13
  %22 = or disjoint i32 %21, %7
  %23 = bitcast i32 %22 to float
  br label %29

24:                                               ; preds = %1
  %25 = or disjoint i32 %7, 864026624
  %26 = uitofp nneg i16 %5 to float
  %27 = bitcast i32 %25 to float
  %28 = fmul nnan float %26, %27
  br label %29

29:                                               ; preds = %10, %13, %16, %24
  %30 = phi float [ %12, %10 ], [ %15, %13 ], [ %23, %16 ], [ %28, %24 ]
  %31 = fpext float %30 to double
  ret double %31
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden float @__truncdfhf2(double noundef %0) local_unnamed_addr #6 {
  %2 = alloca i16, align 4
  %3 = fptrunc double %0 to float
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  %4 = bitcast float %3 to i32
  %5 = and i32 %4, 2139095040
  %6 = and i32 %4, 8388607
  %7 = lshr i32 %4, 16
  %8 = and i32 %7, 32768
  switch i32 %5, label %14 [
    i32 2139095040, label %9
    i32 0, label %31
  ]

9:                                                ; preds = %1
  %10 = icmp eq i32 %6, 0
  br i1 %10, label %31, label %11

11:                                               ; preds = %9
  %12 = trunc nuw i32 %7 to i16
  %13 = or i16 %12, 32767
  br label %35

14:                                               ; preds = %1
  %15 = lshr exact i32 %5, 13
  %16 = icmp samesign ugt i32 %5, 1191182336
  br i1 %16, label %31, label %17

17:                                               ; preds = %14
  %18 = icmp samesign ult i32 %5, 947912704
  br i1 %18, label %31, label %19

19:                                               ; preds = %17
  %20 = and i32 %4, 8192
  %21 = icmp eq i32 %20, 0
  %22 = select i1 %21, i32 4095, i32 4096
  %23 = add nuw nsw i32 %22, %6
  %24 = icmp samesign ugt i32 %23, 8388607
  %25 = select i1 %24, i32 -129024, i32 -130048
  %26 = add nuw nsw i32 %15, 15360
  %27 = add nsw i32 %26, %25
  %28 = lshr i32 %23, 13
  %29 = select i1 %24, i32 0, i32 %28
  %30 = add nuw nsw i32 %27, %29
  br label %31

31:                                               ; preds = %19, %17, %14, %9, %1
  %32 = phi i32 [ 31744, %9 ], [ %5, %1 ], [ %30, %19 ], [ 31744, %14 ], [ 0, %17 ]
  %33 = or i32 %32, %8
  %34 = trunc i32 %33 to i16
  br label %35

35:                                               ; preds = %11, %31
  %36 = phi i16 [ %13, %11 ], [ %34, %31 ]
  store i16 %36, ptr %2, align 4, !tbaa !169
  %37 = load float, ptr %2, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  ret float %37
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @fma(double noundef %0, double noundef %1, double noundef %2) local_unnamed_addr #6 {
  %4 = tail call double @llvm.fmuladd.f64(double %0, double %1, double %2)
  ret double %4
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #8

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: write)
define hidden noundef ptr @memset(ptr nofree noundef returned writeonly captures(ret: address, provenance) %0, i32 noundef %1, i64 noundef %2) local_unnamed_addr #9 {
  %4 = icmp eq i64 %2, 0
  br i1 %4, label %23, label %5

5:                                                ; preds = %3
  %6 = trunc i32 %1 to i8
  %7 = and i64 %2, 7
  %8 = icmp ult i64 %2, 8
  br i1 %8, label %13, label %9

9:                                                ; preds = %5
  %10 = and i64 %2, -8
  br label %24

11:                                               ; preds = %24
  %12 = icmp eq i64 %7, 0
  br i1 %12, label %23, label %13

13:                                               ; preds = %11, %5
  %14 = phi i64 [ 0, %5 ], [ %42, %11 ]
  %15 = icmp ne i64 %7, 0
  tail call void @llvm.assume(i1 %15)
  br label %16

16:                                               ; preds = %16, %13
  %17 = phi i64 [ %14, %13 ], [ %20, %16 ]
  %18 = phi i64 [ 0, %13 ], [ %21, %16 ]
  %19 = getelementptr inbounds nuw i8, ptr %0, i64 %17
  store i8 %6, ptr %19, align 1, !tbaa !172
  %20 = add nuw i64 %17, 1
  %21 = add i64 %18, 1
  %22 = icmp eq i64 %21, %7
  br i1 %22, label %23, label %16, !llvm.loop !175

23:                                               ; preds = %11, %16, %3
  ret ptr %0

24:                                               ; preds = %24, %9
  %25 = phi i64 [ 0, %9 ], [ %42, %24 ]
  %26 = phi i64 [ 0, %9 ], [ %43, %24 ]
  %27 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  store i8 %6, ptr %27, align 1, !tbaa !172
  %28 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  %29 = getelementptr inbounds nuw i8, ptr %28, i64 1
  store i8 %6, ptr %29, align 1, !tbaa !172
  %30 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  %31 = getelementptr inbounds nuw i8, ptr %30, i64 2
  store i8 %6, ptr %31, align 1, !tbaa !172
  %32 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  %33 = getelementptr inbounds nuw i8, ptr %32, i64 3
  store i8 %6, ptr %33, align 1, !tbaa !172
  %34 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  %35 = getelementptr inbounds nuw i8, ptr %34, i64 4
  store i8 %6, ptr %35, align 1, !tbaa !172
  %36 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  %37 = getelementptr inbounds nuw i8, ptr %36, i64 5
  store i8 %6, ptr %37, align 1, !tbaa !172
  %38 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  %39 = getelementptr inbounds nuw i8, ptr %38, i64 6
  store i8 %6, ptr %39, align 1, !tbaa !172
  %40 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  %41 = getelementptr inbounds nuw i8, ptr %40, i64 7
  store i8 %6, ptr %41, align 1, !tbaa !172
  %42 = add nuw i64 %25, 8
  %43 = add nuw i64 %26, 8
  %44 = icmp eq i64 %43, %10
  br i1 %44, label %11, label %24, !llvm.loop !176
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define hidden noundef ptr @memcpy(ptr noalias nofree noundef returned writeonly captures(ret: address, provenance) %0, ptr noalias nofree noundef readonly captures(none) %1, i64 noundef %2) local_unnamed_addr #10 {
  %4 = icmp eq i64 %2, 0
  br i1 %4, label %24, label %5

5:                                                ; preds = %3
  %6 = and i64 %2, 3
  %7 = icmp ult i64 %2, 4
  br i1 %7, label %12, label %8

8:                                                ; preds = %5
  %9 = and i64 %2, -4
  br label %25

10:                                               ; preds = %25
  %11 = icmp eq i64 %6, 0
  br i1 %11, label %24, label %12

12:                                               ; preds = %10, %5
  %13 = phi i64 [ 0, %5 ], [ %43, %10 ]
  %14 = icmp ne i64 %6, 0
  tail call void @llvm.assume(i1 %14)
  br label %15

15:                                               ; preds = %15, %12
  %16 = phi i64 [ %21, %15 ], [ %13, %12 ]
  %17 = phi i64 [ %22, %15 ], [ 0, %12 ]
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 %16
  %19 = load i8, ptr %18, align 1, !tbaa !172
  %20 = getelementptr inbounds nuw i8, ptr %0, i64 %16
  store i8 %19, ptr %20, align 1, !tbaa !172
  %21 = add nuw i64 %16, 1
  %22 = add i64 %17, 1
  %23 = icmp eq i64 %22, %6
  br i1 %23, label %24, label %15, !llvm.loop !177

24:                                               ; preds = %10, %15, %3
  ret ptr %0

25:                                               ; preds = %25, %8
  %26 = phi i64 [ 0, %8 ], [ %43, %25 ]
  %27 = phi i64 [ 0, %8 ], [ %44, %25 ]
  %28 = getelementptr inbounds nuw i8, ptr %1, i64 %26
  %29 = load i8, ptr %28, align 1, !tbaa !172
  %30 = getelementptr inbounds nuw i8, ptr %0, i64 %26
  store i8 %29, ptr %30, align 1, !tbaa !172
  %31 = or disjoint i64 %26, 1
  %32 = getelementptr inbounds nuw i8, ptr %1, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !172
  %34 = getelementptr inbounds nuw i8, ptr %0, i64 %31
  store i8 %33, ptr %34, align 1, !tbaa !172
  %35 = or disjoint i64 %26, 2
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !172
  %38 = getelementptr inbounds nuw i8, ptr %0, i64 %35
  store i8 %37, ptr %38, align 1, !tbaa !172
  %39 = or disjoint i64 %26, 3
  %40 = getelementptr inbounds nuw i8, ptr %1, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !172
  %42 = getelementptr inbounds nuw i8, ptr %0, i64 %39
  store i8 %41, ptr %42, align 1, !tbaa !172
  %43 = add nuw i64 %26, 4
  %44 = add nuw i64 %27, 4
  %45 = icmp eq i64 %44, %9
  br i1 %45, label %10, label %25, !llvm.loop !178
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define hidden noundef ptr @memmove(ptr nofree noundef returned writeonly captures(address, ret: address, provenance) %0, ptr nofree noundef readonly captures(address) %1, i64 noundef %2) local_unnamed_addr #10 {
  %4 = icmp ult ptr %0, %1
  %5 = icmp eq i64 %2, 0
  br i1 %4, label %22, label %6

6:                                                ; preds = %3
  br i1 %5, label %82, label %7

7:                                                ; preds = %6
  %8 = and i64 %2, 3
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %19, label %10

10:                                               ; preds = %7, %10
  %11 = phi i64 [ %13, %10 ], [ %2, %7 ]
  %12 = phi i64 [ %17, %10 ], [ 0, %7 ]
  %13 = add i64 %11, -1
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 %13
  %15 = load i8, ptr %14, align 1, !tbaa !172
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 %13
  store i8 %15, ptr %16, align 1, !tbaa !172
  %17 = add i64 %12, 1
  %18 = icmp eq i64 %17, %8
  br i1 %18, label %19, label %10, !llvm.loop !179

19:                                               ; preds = %10, %7
  %20 = phi i64 [ %2, %7 ], [ %13, %10 ]
  %21 = icmp ult i64 %2, 4
  br i1 %21, label %82, label %49

22:                                               ; preds = %3
  br i1 %5, label %82, label %23

23:                                               ; preds = %22
  %24 = and i64 %2, 3
  %25 = icmp ult i64 %2, 4
  br i1 %25, label %70, label %26

26:                                               ; preds = %23
  %27 = and i64 %2, -4
  br label %28

28:                                               ; preds = %28, %26
  %29 = phi i64 [ 0, %26 ], [ %46, %28 ]
  %30 = phi i64 [ 0, %26 ], [ %47, %28 ]
  %31 = getelementptr inbounds nuw i8, ptr %1, i64 %29
  %32 = load i8, ptr %31, align 1, !tbaa !172
  %33 = getelementptr inbounds nuw i8, ptr %0, i64 %29
  store i8 %32, ptr %33, align 1, !tbaa !172
  %34 = or disjoint i64 %29, 1
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !172
  %37 = getelementptr inbounds nuw i8, ptr %0, i64 %34
  store i8 %36, ptr %37, align 1, !tbaa !172
  %38 = or disjoint i64 %29, 2
  %39 = getelementptr inbounds nuw i8, ptr %1, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !172
  %41 = getelementptr inbounds nuw i8, ptr %0, i64 %38
  store i8 %40, ptr %41, align 1, !tbaa !172
  %42 = or disjoint i64 %29, 3
  %43 = getelementptr inbounds nuw i8, ptr %1, i64 %42
  %44 = load i8, ptr %43, align 1, !tbaa !172
  %45 = getelementptr inbounds nuw i8, ptr %0, i64 %42
  store i8 %44, ptr %45, align 1, !tbaa !172
  %46 = add nuw i64 %29, 4
  %47 = add nuw i64 %30, 4
  %48 = icmp eq i64 %47, %27
  br i1 %48, label %68, label %28, !llvm.loop !180

49:                                               ; preds = %19, %49
  %50 = phi i64 [ %63, %49 ], [ %20, %19 ]
  %51 = add i64 %50, -1
  %52 = getelementptr inbounds nuw i8, ptr %1, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !172
  %54 = getelementptr inbounds nuw i8, ptr %0, i64 %51
  store i8 %53, ptr %54, align 1, !tbaa !172
  %55 = add i64 %50, -2
  %56 = getelementptr inbounds nuw i8, ptr %1, i64 %55
  %57 = load i8, ptr %56, align 1, !tbaa !172
  %58 = getelementptr inbounds nuw i8, ptr %0, i64 %55
  store i8 %57, ptr %58, align 1, !tbaa !172
  %59 = add i64 %50, -3
  %60 = getelementptr inbounds nuw i8, ptr %1, i64 %59
  %61 = load i8, ptr %60, align 1, !tbaa !172
  %62 = getelementptr inbounds nuw i8, ptr %0, i64 %59
  store i8 %61, ptr %62, align 1, !tbaa !172
  %63 = add i64 %50, -4
  %64 = getelementptr inbounds nuw i8, ptr %1, i64 %63
  %65 = load i8, ptr %64, align 1, !tbaa !172
  %66 = getelementptr inbounds nuw i8, ptr %0, i64 %63
  store i8 %65, ptr %66, align 1, !tbaa !172
  %67 = icmp eq i64 %63, 0
  br i1 %67, label %82, label %49, !llvm.loop !181

68:                                               ; preds = %28
  %69 = icmp eq i64 %24, 0
  br i1 %69, label %82, label %70

70:                                               ; preds = %68, %23
  %71 = phi i64 [ 0, %23 ], [ %46, %68 ]
  %72 = icmp ne i64 %24, 0
  tail call void @llvm.assume(i1 %72)
  br label %73

73:                                               ; preds = %73, %70
  %74 = phi i64 [ %79, %73 ], [ %71, %70 ]
  %75 = phi i64 [ %80, %73 ], [ 0, %70 ]
  %76 = getelementptr inbounds nuw i8, ptr %1, i64 %74
  %77 = load i8, ptr %76, align 1, !tbaa !172
  %78 = getelementptr inbounds nuw i8, ptr %0, i64 %74
  store i8 %77, ptr %78, align 1, !tbaa !172
  %79 = add nuw i64 %74, 1
  %80 = add i64 %75, 1
  %81 = icmp eq i64 %80, %24
  br i1 %81, label %82, label %73, !llvm.loop !182

82:                                               ; preds = %19, %49, %68, %73, %6, %22
  ret ptr %0
}

; Function Attrs: inlinehint
define hidden double @__math_divzero(i32 noundef %0) local_unnamed_addr #11 {
  %2 = alloca double, align 8
  %.not = icmp eq i32 %0, 0
  %3 = select i1 %.not, double 1.000000e+00, double -1.000000e+00
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile double %3, ptr %2, align 8, !tbaa !185
  %.0..0..0..0..0..0..i = load volatile double, ptr %2, align 8, !tbaa !185
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %4 = fdiv double %.0..0..0..0..0..0..i, 0.000000e+00
  ret double %4
}

; Function Attrs: inlinehint
define hidden noundef double @__math_invalid(double noundef %0) local_unnamed_addr #11 {
  %2 = fsub double %0, %0
  %3 = fdiv double %2, %2
  ret double %3
}

; Function Attrs: inlinehint
define hidden noundef float @__math_invalidf(float noundef %0) local_unnamed_addr #11 {
  %2 = fsub float %0, %0
  %3 = fdiv float %2, %2
  ret float %3
}

; Function Attrs: inlinehint
define hidden double @__math_oflow(i32 noundef %0) local_unnamed_addr #11 {
  %2 = tail call double @__math_xflow(i32 noundef %0, double noundef f0x7000000000000000) #11
  ret double %2
}

; Function Attrs: inlinehint
define hidden double @__math_xflow(i32 noundef %0, double noundef %1) local_unnamed_addr #11 {
  %3 = alloca double, align 8
  %.not = icmp eq i32 %0, 0
  %4 = fneg double %1
  %5 = select i1 %.not, double %1, double %4
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile double %5, ptr %3, align 8, !tbaa !185
  %.0..0..0..0..0..0..i = load volatile double, ptr %3, align 8, !tbaa !185
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %6 = fmul double %1, %.0..0..0..0..0..0..i
  ret double %6
}

; Function Attrs: inlinehint
define hidden float @__math_oflowf(i32 noundef %0) local_unnamed_addr #11 {
  %2 = tail call float @__math_xflowf(i32 noundef %0, float noundef f0x70000000) #11
  ret float %2
}

; Function Attrs: inlinehint
define hidden float @__math_xflowf(i32 noundef %0, float noundef %1) local_unnamed_addr #11 {
  %3 = alloca float, align 4
  %.not = icmp eq i32 %0, 0
  %4 = fneg float %1
  %5 = select i1 %.not, float %1, float %4
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile float %5, ptr %3, align 4, !tbaa !171
  %.0..0..0..0..0..0..i = load volatile float, ptr %3, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %6 = fmul float %1, %.0..0..0..0..0..0..i
  ret float %6
}

; Function Attrs: inlinehint
define hidden double @__math_uflow(i32 noundef %0) local_unnamed_addr #11 {
  %2 = tail call double @__math_xflow(i32 noundef %0, double noundef f0x1000000000000000) #11
  ret double %2
}

; Function Attrs: inlinehint
define hidden float @__math_uflowf(i32 noundef %0) local_unnamed_addr #11 {
  %2 = tail call float @__math_xflowf(i32 noundef %0, float noundef f0x10000000) #11
  ret float %2
}

; Function Attrs: inlinehint
define hidden float @ceilf(float noundef %0) local_unnamed_addr #11 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = bitcast float %0 to i32
  %5 = lshr i32 %4, 23
  %6 = and i32 %5, 255
  %7 = add nsw i32 %6, -127
  %8 = icmp samesign ugt i32 %6, 149
  br i1 %8, label %26, label %9

9:                                                ; preds = %1
  %10 = icmp samesign ugt i32 %6, 126
  br i1 %10, label %11, label %23

11:                                               ; preds = %9
  %12 = lshr i32 8388607, %7
  %13 = and i32 %12, %4
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %26, label %15

15:                                               ; preds = %11
  %16 = fadd float %0, f0x7B800000
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile float %16, ptr %3, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %17 = icmp slt i32 %4, 0
  %18 = ashr i32 -8388608, %7
  %19 = select i1 %17, i32 0, i32 %12
  %20 = add nuw i32 %19, %4
  %21 = and i32 %20, %18
  %22 = bitcast i32 %21 to float
  br label %26

23:                                               ; preds = %9
  %24 = fadd float %0, f0x7B800000
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile float %24, ptr %2, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %.not = icmp sgt i32 %4, -1
  br i1 %.not, label %25, label %26

25:                                               ; preds = %23
  %.not18 = icmp eq i32 %4, 0
  %spec.select = select i1 %.not18, float %0, float 1.000000e+00
  br label %26

26:                                               ; preds = %25, %23, %15, %11, %1
  %.0 = phi float [ %0, %11 ], [ %0, %1 ], [ %22, %15 ], [ %spec.select, %25 ], [ -0.000000e+00, %23 ]
  ret float %.0
}

; Function Attrs: inlinehint
define hidden double @exp(double noundef %0) local_unnamed_addr #11 {
  %2 = bitcast double %0 to i64
  %3 = lshr i64 %2, 52
  %4 = trunc nuw nsw i64 %3 to i32
  %5 = and i32 %4, 2047
  %6 = add nsw i32 %5, -969
  %.not = icmp ult i32 %6, 63
  br i1 %.not, label %22, label %7, !prof !186

7:                                                ; preds = %1
  %8 = icmp samesign ult i32 %5, 969
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = fadd double %0, 1.000000e+00
  br label %58

11:                                               ; preds = %7
  %.not46 = icmp samesign ult i32 %5, 1033
  br i1 %.not46, label %22, label %12

12:                                               ; preds = %11
  %13 = icmp eq i64 %2, -4503599627370496
  br i1 %13, label %58, label %14

14:                                               ; preds = %12
  %.not47.not = icmp eq i32 %5, 2047
  br i1 %.not47.not, label %15, label %17

15:                                               ; preds = %14
  %16 = fadd double %0, 1.000000e+00
  br label %58

17:                                               ; preds = %14
  %.not48 = icmp sgt i64 %2, -1
  br i1 %.not48, label %20, label %18

18:                                               ; preds = %17
  %19 = tail call double @__math_uflow(i32 noundef 0) #11
  br label %58

20:                                               ; preds = %17
  %21 = tail call double @__math_oflow(i32 noundef 0) #11
  br label %58

22:                                               ; preds = %11, %1
  %.043 = phi i32 [ %5, %1 ], [ 0, %11 ]
  %23 = load double, ptr @__exp_data, align 8, !tbaa !195
  %24 = fmul double %0, %23
  %25 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 8), align 8, !tbaa !196
  %26 = fadd double %24, %25
  %27 = bitcast double %26 to i64
  %28 = fsub double %26, %25
  %29 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 16), align 8, !tbaa !197
  %30 = tail call double @llvm.fmuladd.f64(double %28, double %29, double %0)
  %31 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 24), align 8, !tbaa !198
  %32 = tail call double @llvm.fmuladd.f64(double %28, double %31, double %30)
  %33 = shl i64 %27, 1
  %34 = and i64 %33, 254
  %35 = shl i64 %27, 45
  %36 = getelementptr inbounds nuw [8 x i8], ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 112), i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !188
  %38 = getelementptr inbounds nuw i8, ptr %36, i64 8
  %39 = load i64, ptr %38, align 8, !tbaa !188
  %40 = add i64 %39, %35
  %41 = fmul double %32, %32
  %42 = fadd double %37, %32
  %43 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 32), align 8, !tbaa !185
  %44 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 40), align 8, !tbaa !185
  %45 = tail call double @llvm.fmuladd.f64(double %32, double %44, double %43)
  %46 = tail call double @llvm.fmuladd.f64(double %41, double %45, double %42)
  %47 = fmul double %41, %41
  %48 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 48), align 8, !tbaa !185
  %49 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 56), align 8, !tbaa !185
  %50 = tail call double @llvm.fmuladd.f64(double %32, double %49, double %48)
  %51 = tail call double @llvm.fmuladd.f64(double %47, double %50, double %46)
  %52 = icmp eq i32 %.043, 0
  br i1 %52, label %53, label %55, !prof !189

53:                                               ; preds = %22
  %54 = tail call fastcc double @specialcase(double noundef %51, i64 noundef %40, i64 noundef %27) #11
  br label %58

55:                                               ; preds = %22
  %56 = bitcast i64 %40 to double
  %57 = tail call double @llvm.fmuladd.f64(double %56, double %51, double %56)
  br label %58

58:                                               ; preds = %55, %53, %20, %18, %15, %12, %9
  %.0 = phi double [ %10, %9 ], [ %57, %55 ], [ %16, %15 ], [ %19, %18 ], [ %21, %20 ], [ %54, %53 ], [ 0.000000e+00, %12 ]
  ret double %.0
}

; Function Attrs: inlinehint
define internal fastcc double @specialcase(double noundef %0, i64 noundef %1, i64 noundef %2) unnamed_addr #11 {
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = and i64 %2, 2147483648
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %8, label %13

8:                                                ; preds = %3
  %9 = add i64 %1, -4544132024016830464
  %10 = bitcast i64 %9 to double
  %11 = tail call double @llvm.fmuladd.f64(double %10, double %0, double %10)
  %12 = fmul double %11, f0x7F00000000000000
  br label %31

13:                                               ; preds = %3
  %14 = add i64 %1, 4602678819172646912
  %15 = bitcast i64 %14 to double
  %16 = tail call double @llvm.fmuladd.f64(double %15, double %0, double %15)
  %17 = fcmp olt double %16, 1.000000e+00
  br i1 %17, label %18, label %29

18:                                               ; preds = %13
  %19 = fsub double %15, %16
  %20 = tail call double @llvm.fmuladd.f64(double %15, double %0, double %19)
  %21 = fadd double %16, 1.000000e+00
  %22 = fsub double 1.000000e+00, %21
  %23 = fadd double %16, %22
  %24 = fadd double %20, %23
  %25 = fadd double %21, %24
  %26 = fadd double %25, -1.000000e+00
  %27 = fcmp oeq double %26, 0.000000e+00
  %spec.store.select = select i1 %27, double 0.000000e+00, double %26
  call void @llvm.lifetime.start.p0(ptr nonnull %5)
  store volatile double f0x0010000000000000, ptr %5, align 8, !tbaa !185
  %.0..0..0..0..0..0..i = load volatile double, ptr %5, align 8, !tbaa !185
  call void @llvm.lifetime.end.p0(ptr nonnull %5)
  %28 = fmul double %.0..0..0..0..0..0..i, f0x0010000000000000
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store volatile double %28, ptr %4, align 8, !tbaa !185
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  br label %29

29:                                               ; preds = %18, %13
  %.027 = phi double [ %spec.store.select, %18 ], [ %16, %13 ]
  %30 = fmul double %.027, f0x0010000000000000
  br label %31

31:                                               ; preds = %29, %8
  %.0 = phi double [ %12, %8 ], [ %30, %29 ]
  ret double %.0
}

; Function Attrs: inlinehint
define hidden float @expf(float noundef %0) local_unnamed_addr #11 {
  %2 = fpext float %0 to double
  %3 = bitcast float %0 to i32
  %4 = lshr i32 %3, 20
  %5 = and i32 %4, 2047
  %.not = icmp samesign ult i32 %5, 1067
  br i1 %.not, label %19, label %6, !prof !186

6:                                                ; preds = %1
  %7 = fcmp oeq float %0, -inf
  br i1 %7, label %42, label %8

8:                                                ; preds = %6
  %.not34 = icmp samesign ult i32 %5, 2040
  br i1 %.not34, label %11, label %9

9:                                                ; preds = %8
  %10 = fadd float %0, %0
  br label %42

11:                                               ; preds = %8
  %12 = fcmp ogt float %0, f0x42B17217
  br i1 %12, label %13, label %15

13:                                               ; preds = %11
  %14 = tail call float @__math_oflowf(i32 noundef 0) #11
  br label %42

15:                                               ; preds = %11
  %16 = fcmp olt float %0, f0xC2CFF1B4
  br i1 %16, label %17, label %19

17:                                               ; preds = %15
  %18 = tail call float @__math_uflowf(i32 noundef 0) #11
  br label %42

19:                                               ; preds = %15, %1
  %20 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 296), align 8, !tbaa !199
  %21 = fmul double %20, %2
  %22 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 288), align 8, !tbaa !200
  %23 = fadd double %21, %22
  %24 = bitcast double %23 to i64
  %25 = fsub double %23, %22
  %26 = fsub double %21, %25
  %27 = and i64 %24, 31
  %28 = getelementptr inbounds nuw [8 x i8], ptr @__exp2f_data, i64 %27
  %29 = load i64, ptr %28, align 8, !tbaa !188
  %30 = shl i64 %24, 47
  %31 = add i64 %30, %29
  %32 = bitcast i64 %31 to double
  %33 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 304), align 8, !tbaa !185
  %34 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 312), align 8, !tbaa !185
  %35 = tail call double @llvm.fmuladd.f64(double %33, double %26, double %34)
  %36 = fmul double %26, %26
  %37 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 320), align 8, !tbaa !185
  %38 = tail call double @llvm.fmuladd.f64(double %37, double %26, double 1.000000e+00)
  %39 = tail call double @llvm.fmuladd.f64(double %35, double %36, double %38)
  %40 = fmul double %39, %32
  %41 = fptrunc double %40 to float
  br label %42

42:                                               ; preds = %19, %17, %13, %9, %6
  %.0 = phi float [ %41, %19 ], [ %10, %9 ], [ %14, %13 ], [ %18, %17 ], [ 0.000000e+00, %6 ]
  ret float %.0
}

; Function Attrs: inlinehint
define hidden noundef i32 @feclearexcept(i32 noundef %0) local_unnamed_addr #11 {
  ret i32 0
}

; Function Attrs: inlinehint
define hidden noundef i32 @feraiseexcept(i32 noundef %0) local_unnamed_addr #11 {
  ret i32 0
}

; Function Attrs: inlinehint
define hidden noundef i32 @fetestexcept(i32 noundef %0) local_unnamed_addr #11 {
  ret i32 0
}

; Function Attrs: inlinehint
define hidden noundef i32 @fegetround() local_unnamed_addr #11 {
  ret i32 0
}

; Function Attrs: inlinehint
define hidden noundef i32 @__fesetround(i32 noundef %0) local_unnamed_addr #11 {
  ret i32 0
}

; Function Attrs: inlinehint
define hidden noundef i32 @fegetenv(ptr nofree noundef readnone captures(none) %0) local_unnamed_addr #11 {
  ret i32 0
}

; Function Attrs: inlinehint
define hidden noundef i32 @fesetenv(ptr nofree noundef readnone captures(none) %0) local_unnamed_addr #11 {
  ret i32 0
}

; Function Attrs: inlinehint
define hidden double @floor(double noundef %0) local_unnamed_addr #11 {
  %2 = alloca double, align 8
  %3 = bitcast double %0 to i64
  %4 = lshr i64 %3, 52
  %5 = trunc nuw nsw i64 %4 to i32
  %6 = and i32 %5, 2047
  %7 = icmp samesign ugt i32 %6, 1074
  %8 = fcmp oeq double %0, 0.000000e+00
  %or.cond = or i1 %8, %7
  br i1 %or.cond, label %22, label %9

9:                                                ; preds = %1
  %.not = icmp slt i64 %3, 0
  %10 = fadd double %0, f0xC330000000000000
  %11 = fadd double %10, f0x4330000000000000
  %12 = fadd double %0, f0x4330000000000000
  %13 = fadd double %12, f0xC330000000000000
  %.pn = select i1 %.not, double %11, double %13
  %.0 = fsub double %.pn, %0
  %14 = icmp samesign ult i32 %6, 1023
  br i1 %14, label %15, label %18

15:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile double %.0, ptr %2, align 8, !tbaa !185
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %.lobit = ashr i64 %3, 63
  %16 = trunc nsw i64 %.lobit to i32
  %17 = sitofp i32 %16 to double
  br label %22

18:                                               ; preds = %9
  %19 = fcmp ogt double %.0, 0.000000e+00
  %20 = fadd double %0, %.0
  %21 = fadd double %20, -1.000000e+00
  %spec.select = select i1 %19, double %21, double %20
  br label %22

22:                                               ; preds = %18, %15, %1
  %.018 = phi double [ %0, %1 ], [ %17, %15 ], [ %spec.select, %18 ]
  ret double %.018
}

; Function Attrs: inlinehint
define hidden float @floorf(float noundef %0) local_unnamed_addr #11 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = bitcast float %0 to i32
  %5 = lshr i32 %4, 23
  %6 = and i32 %5, 255
  %7 = add nsw i32 %6, -127
  %8 = icmp samesign ugt i32 %6, 149
  br i1 %8, label %26, label %9

9:                                                ; preds = %1
  %10 = icmp samesign ugt i32 %6, 126
  br i1 %10, label %11, label %22

11:                                               ; preds = %9
  %12 = lshr i32 8388607, %7
  %13 = and i32 %12, %4
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %26, label %15

15:                                               ; preds = %11
  %16 = fadd float %0, f0x7B800000
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile float %16, ptr %3, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %.not1819 = icmp slt i32 %4, 0
  %17 = ashr i32 -8388608, %7
  %18 = select i1 %.not1819, i32 %12, i32 0
  %19 = add nsw i32 %18, %4
  %20 = and i32 %19, %17
  %21 = bitcast i32 %20 to float
  br label %26

22:                                               ; preds = %9
  %23 = fadd float %0, f0x7B800000
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile float %23, ptr %2, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %24 = icmp sgt i32 %4, -1
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  %.not = fcmp oeq float %0, 0.000000e+00
  %spec.select = select i1 %.not, float %0, float -1.000000e+00
  br label %26

26:                                               ; preds = %25, %22, %15, %11, %1
  %.0 = phi float [ %0, %11 ], [ %0, %1 ], [ %21, %15 ], [ %spec.select, %25 ], [ 0.000000e+00, %22 ]
  ret float %.0
}

; Function Attrs: inlinehint
define hidden float @fmaf(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #11 {
  %4 = alloca float, align 4
  %5 = fpext float %0 to double
  %6 = fpext float %1 to double
  %7 = fmul double %5, %6
  %8 = fpext float %2 to double
  %9 = fadd double %7, %8
  %10 = bitcast double %9 to i64
  %11 = lshr i64 %10, 52
  %12 = trunc nuw nsw i64 %11 to i32
  %13 = and i32 %12, 2047
  %14 = and i64 %10, 536870911
  %15 = icmp ne i64 %14, 268435456
  %16 = icmp eq i32 %13, 2047
  %or.cond = select i1 %15, i1 true, i1 %16
  br i1 %or.cond, label %24, label %17

17:                                               ; preds = %3
  %18 = fsub double %9, %7
  %19 = fcmp oeq double %18, %8
  %20 = fsub double %9, %8
  %21 = fcmp oeq double %20, %7
  %or.cond44 = and i1 %19, %21
  br i1 %or.cond44, label %24, label %22

22:                                               ; preds = %17
  %23 = tail call i32 @fegetround() #11
  %.not = icmp eq i32 %23, 0
  br i1 %.not, label %34, label %24

24:                                               ; preds = %22, %17, %3
  %25 = add nsw i32 %13, -874
  %or.cond3 = icmp ult i32 %25, 23
  br i1 %or.cond3, label %26, label %46

26:                                               ; preds = %24
  %27 = tail call i32 @fetestexcept(i32 noundef 32) #11
  %.not41 = icmp eq i32 %27, 0
  br i1 %.not41, label %46, label %28

28:                                               ; preds = %26
  %29 = tail call i32 @feclearexcept(i32 noundef 32) #11
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store volatile float %2, ptr %4, align 4, !tbaa !171
  %.0..0..0..0.5 = load volatile float, ptr %4, align 4, !tbaa !171
  %30 = fpext float %.0..0..0..0.5 to double
  %31 = fadd double %7, %30
  %32 = tail call i32 @fetestexcept(i32 noundef 32) #11
  %.not42 = icmp eq i32 %32, 0
  %. = select i1 %.not42, i32 32, i32 16
  %33 = tail call i32 @feraiseexcept(i32 noundef %.) #11
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  br label %46

34:                                               ; preds = %22
  %35 = icmp slt i64 %10, 0
  %36 = fcmp uge double %7, %8
  %37 = xor i1 %36, %35
  %38 = fsub double %7, %9
  %39 = fadd double %38, %8
  %40 = fsub double %8, %9
  %41 = fadd double %7, %40
  %.0 = select i1 %37, double %39, double %41
  %42 = fcmp uge double %.0, 0.000000e+00
  %43 = xor i1 %35, %42
  %44 = or disjoint i64 %10, 1
  %45 = add nsw i64 %10, -1
  %.sroa.0.0.in = select i1 %43, i64 %44, i64 %45
  %.sroa.0.0 = bitcast i64 %.sroa.0.0.in to double
  br label %46

46:                                               ; preds = %34, %28, %26, %24
  %.039.in = phi double [ %.sroa.0.0, %34 ], [ %31, %28 ], [ %9, %26 ], [ %9, %24 ]
  %.039 = fptrunc double %.039.in to float
  ret float %.039
}

; Function Attrs: inlinehint
define hidden float @fmodf(float noundef %0, float noundef %1) local_unnamed_addr #11 {
  %3 = bitcast float %0 to i32
  %4 = lshr i32 %3, 23
  %5 = and i32 %4, 255
  %6 = bitcast float %1 to i32
  %7 = lshr i32 %6, 23
  %8 = and i32 %7, 255
  %9 = and i32 %3, -2147483648
  %10 = shl i32 %6, 1
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %17, label %12

12:                                               ; preds = %2
  %13 = tail call float @llvm.fabs.f32(float %1)
  %14 = bitcast float %13 to i32
  %15 = icmp samesign ugt i32 %14, 2139095040
  %16 = icmp eq i32 %5, 255
  %or.cond = or i1 %15, %16
  br i1 %or.cond, label %17, label %20

17:                                               ; preds = %12, %2
  %18 = fmul float %0, %1
  %19 = fdiv float %18, %18
  br label %83

20:                                               ; preds = %12
  %21 = shl i32 %3, 1
  %.not = icmp ugt i32 %21, %10
  br i1 %.not, label %25, label %22

22:                                               ; preds = %20
  %23 = icmp eq i32 %21, %10
  %24 = fmul float %0, 0.000000e+00
  %spec.select = select i1 %23, float %24, float %0
  br label %83

25:                                               ; preds = %20
  %.not81 = icmp eq i32 %5, 0
  br i1 %.not81, label %26, label %34

26:                                               ; preds = %25
  %27 = shl i32 %3, 9
  %28 = icmp sgt i32 %27, -1
  br i1 %28, label %.lr.ph, label %._crit_edge

.lr.ph:                                           ; preds = %.lr.ph, %26
  %.06586 = phi i32 [ %30, %.lr.ph ], [ %27, %26 ]
  %.06985 = phi i32 [ %29, %.lr.ph ], [ 0, %26 ]
  %29 = add nsw i32 %.06985, -1
  %30 = shl nuw i32 %.06586, 1
  %31 = icmp sgt i32 %30, -1
  br i1 %31, label %.lr.ph, label %._crit_edge

._crit_edge:                                      ; preds = %.lr.ph, %26
  %.069.lcssa = phi i32 [ 0, %26 ], [ %29, %.lr.ph ]
  %32 = sub i32 1, %.069.lcssa
  %33 = shl i32 %3, %32
  br label %37

34:                                               ; preds = %25
  %35 = and i32 %3, 8388607
  %36 = or disjoint i32 %35, 8388608
  br label %37

37:                                               ; preds = %34, %._crit_edge
  %.170 = phi i32 [ %5, %34 ], [ %.069.lcssa, %._crit_edge ]
  %.0 = phi i32 [ %36, %34 ], [ %33, %._crit_edge ]
  %.not82 = icmp eq i32 %8, 0
  br i1 %.not82, label %38, label %46

38:                                               ; preds = %37
  %39 = shl i32 %6, 9
  %40 = icmp sgt i32 %39, -1
  br i1 %40, label %.lr.ph90, label %._crit_edge91

.lr.ph90:                                         ; preds = %.lr.ph90, %38
  %.16688 = phi i32 [ %42, %.lr.ph90 ], [ %39, %38 ]
  %.06787 = phi i32 [ %41, %.lr.ph90 ], [ 0, %38 ]
  %41 = add nsw i32 %.06787, -1
  %42 = shl nuw i32 %.16688, 1
  %43 = icmp sgt i32 %42, -1
  br i1 %43, label %.lr.ph90, label %._crit_edge91

._crit_edge91:                                    ; preds = %.lr.ph90, %38
  %.067.lcssa = phi i32 [ 0, %38 ], [ %41, %.lr.ph90 ]
  %44 = sub i32 1, %.067.lcssa
  %45 = shl i32 %6, %44
  br label %49

46:                                               ; preds = %37
  %47 = and i32 %6, 8388607
  %48 = or disjoint i32 %47, 8388608
  br label %49

49:                                               ; preds = %46, %._crit_edge91
  %.sroa.0.0.in = phi i32 [ %48, %46 ], [ %45, %._crit_edge91 ]
  %.168 = phi i32 [ %8, %46 ], [ %.067.lcssa, %._crit_edge91 ]
  %50 = icmp sgt i32 %.170, %.168
  br i1 %50, label %.lr.ph96, label %._crit_edge97

.lr.ph96:                                         ; preds = %57, %49
  %.194 = phi i32 [ %58, %57 ], [ %.0, %49 ]
  %.27193 = phi i32 [ %59, %57 ], [ %.170, %49 ]
  %51 = sub i32 %.194, %.sroa.0.0.in
  %52 = icmp sgt i32 %51, -1
  br i1 %52, label %53, label %57

53:                                               ; preds = %.lr.ph96
  %54 = icmp eq i32 %51, 0
  br i1 %54, label %55, label %57

55:                                               ; preds = %53
  %56 = fmul float %0, 0.000000e+00
  br label %83

57:                                               ; preds = %53, %.lr.ph96
  %.2 = phi i32 [ %.194, %.lr.ph96 ], [ %51, %53 ]
  %58 = shl i32 %.2, 1
  %59 = add nsw i32 %.27193, -1
  %60 = icmp sgt i32 %59, %.168
  br i1 %60, label %.lr.ph96, label %._crit_edge97

._crit_edge97:                                    ; preds = %57, %49
  %.271.lcssa = phi i32 [ %.170, %49 ], [ %.168, %57 ]
  %.1.lcssa = phi i32 [ %.0, %49 ], [ %58, %57 ]
  %61 = sub i32 %.1.lcssa, %.sroa.0.0.in
  %62 = icmp sgt i32 %61, -1
  br i1 %62, label %63, label %67

63:                                               ; preds = %._crit_edge97
  %64 = icmp eq i32 %61, 0
  br i1 %64, label %65, label %67

65:                                               ; preds = %63
  %66 = fmul float %0, 0.000000e+00
  br label %83

67:                                               ; preds = %63, %._crit_edge97
  %.3 = phi i32 [ %.1.lcssa, %._crit_edge97 ], [ %61, %63 ]
  %68 = icmp ult i32 %.3, 8388608
  br i1 %68, label %.lr.ph103, label %._crit_edge104

.lr.ph103:                                        ; preds = %.lr.ph103, %67
  %.4101 = phi i32 [ %69, %.lr.ph103 ], [ %.3, %67 ]
  %.372100 = phi i32 [ %70, %.lr.ph103 ], [ %.271.lcssa, %67 ]
  %69 = shl nuw nsw i32 %.4101, 1
  %70 = add nsw i32 %.372100, -1
  %71 = icmp samesign ult i32 %.4101, 4194304
  br i1 %71, label %.lr.ph103, label %._crit_edge104

._crit_edge104:                                   ; preds = %.lr.ph103, %67
  %.372.lcssa = phi i32 [ %.271.lcssa, %67 ], [ %70, %.lr.ph103 ]
  %.4.lcssa = phi i32 [ %.3, %67 ], [ %69, %.lr.ph103 ]
  %72 = icmp sgt i32 %.372.lcssa, 0
  br i1 %72, label %73, label %77

73:                                               ; preds = %._crit_edge104
  %74 = add i32 %.4.lcssa, -8388608
  %75 = shl i32 %.372.lcssa, 23
  %76 = or i32 %74, %75
  br label %80

77:                                               ; preds = %._crit_edge104
  %78 = sub i32 1, %.372.lcssa
  %79 = lshr i32 %.4.lcssa, %78
  br label %80

80:                                               ; preds = %77, %73
  %.5 = phi i32 [ %76, %73 ], [ %79, %77 ]
  %81 = or i32 %.5, %9
  %82 = bitcast i32 %81 to float
  br label %83

83:                                               ; preds = %80, %65, %55, %22, %17
  %.073 = phi float [ %19, %17 ], [ %spec.select, %22 ], [ %82, %80 ], [ %56, %55 ], [ %66, %65 ]
  ret float %.073
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #8

; Function Attrs: inlinehint
define hidden float @frexpf(float noundef %0, ptr nofree noundef captures(none) %1) local_unnamed_addr #11 {
  %3 = bitcast float %0 to i32
  %4 = lshr i32 %3, 23
  %trunc = trunc i32 %4 to i8
  switch i8 %trunc, label %13 [
    i8 0, label %5
    i8 -1, label %19
  ]

5:                                                ; preds = %2
  %6 = fcmp une float %0, 0.000000e+00
  br i1 %6, label %7, label %12

7:                                                ; preds = %5
  %8 = fmul float %0, f0x5F800000
  %9 = tail call float @frexpf(float noundef %8, ptr noundef %1) #11
  %10 = load i32, ptr %1, align 4, !tbaa !201
  %11 = add nsw i32 %10, -64
  br label %12

12:                                               ; preds = %7, %5
  %storemerge = phi i32 [ %11, %7 ], [ 0, %5 ]
  %.014 = phi float [ %9, %7 ], [ %0, %5 ]
  store i32 %storemerge, ptr %1, align 4, !tbaa !201
  br label %19

13:                                               ; preds = %2
  %14 = and i32 %4, 255
  %15 = add nsw i32 %14, -126
  store i32 %15, ptr %1, align 4, !tbaa !201
  %16 = and i32 %3, -2139095041
  %17 = or disjoint i32 %16, 1056964608
  %18 = bitcast i32 %17 to float
  br label %19

19:                                               ; preds = %13, %12, %2
  %.0 = phi float [ %.014, %12 ], [ %18, %13 ], [ %0, %2 ]
  ret float %.0
}

; Function Attrs: inlinehint
define hidden float @ldexpf(float noundef %0, i32 noundef %1) local_unnamed_addr #11 {
  %3 = tail call float @scalbnf(float noundef %0, i32 noundef %1) #11
  ret float %3
}

; Function Attrs: inlinehint
define hidden float @scalbnf(float noundef %0, i32 noundef %1) local_unnamed_addr #11 {
  %3 = icmp sgt i32 %1, 127
  br i1 %3, label %4, label %11

4:                                                ; preds = %2
  %5 = fmul float %0, f0x7F000000
  %6 = add nsw i32 %1, -127
  %7 = icmp samesign ugt i32 %1, 254
  br i1 %7, label %8, label %20

8:                                                ; preds = %4
  %9 = fmul float %5, f0x7F000000
  %10 = tail call i32 @llvm.umin.i32(i32 %1, i32 381)
  %spec.store.select = add nsw i32 %10, -254
  br label %20

11:                                               ; preds = %2
  %12 = icmp slt i32 %1, -126
  br i1 %12, label %13, label %20

13:                                               ; preds = %11
  %14 = fmul float %0, f0x0C800000
  %15 = add nuw nsw i32 %1, 102
  %16 = icmp samesign ult i32 %1, -228
  br i1 %16, label %17, label %20

17:                                               ; preds = %13
  %18 = fmul float %14, f0x0C800000
  %19 = tail call i32 @llvm.umax.i32(i32 %1, i32 -330)
  %spec.store.select1 = add nuw nsw i32 %19, 204
  br label %20

20:                                               ; preds = %17, %13, %11, %8, %4
  %.018 = phi i32 [ %spec.store.select, %8 ], [ %6, %4 ], [ %spec.store.select1, %17 ], [ %15, %13 ], [ %1, %11 ]
  %.0 = phi float [ %9, %8 ], [ %5, %4 ], [ %18, %17 ], [ %14, %13 ], [ %0, %11 ]
  %21 = shl nsw i32 %.018, 23
  %22 = add nsw i32 %21, 1065353216
  %23 = bitcast i32 %22 to float
  %24 = fmul float %.0, %23
  ret float %24
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #8

; Function Attrs: inlinehint
define hidden double @log(double noundef %0) local_unnamed_addr #11 {
  %2 = bitcast double %0 to i64
  %3 = lshr i64 %2, 48
  %4 = trunc nuw nsw i64 %3 to i32
  %5 = add i64 %2, -4606619468846596096
  %6 = icmp ult i64 %5, 854320534781952
  br i1 %6, label %7, label %48, !prof !189

7:                                                ; preds = %1
  %8 = icmp eq i64 %2, 4607182418800017408
  br i1 %8, label %107, label %9, !prof !189

9:                                                ; preds = %7
  %10 = fadd double %0, -1.000000e+00
  %11 = fmul double %10, %10
  %12 = fmul double %10, %11
  %13 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 64), align 8, !tbaa !185
  %14 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 72), align 8, !tbaa !185
  %15 = tail call double @llvm.fmuladd.f64(double %10, double %14, double %13)
  %16 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 80), align 8, !tbaa !185
  %17 = tail call double @llvm.fmuladd.f64(double %11, double %16, double %15)
  %18 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 88), align 8, !tbaa !185
  %19 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 96), align 8, !tbaa !185
  %20 = tail call double @llvm.fmuladd.f64(double %10, double %19, double %18)
  %21 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 104), align 8, !tbaa !185
  %22 = tail call double @llvm.fmuladd.f64(double %11, double %21, double %20)
  %23 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 112), align 8, !tbaa !185
  %24 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 120), align 8, !tbaa !185
  %25 = tail call double @llvm.fmuladd.f64(double %10, double %24, double %23)
  %26 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 128), align 8, !tbaa !185
  %27 = tail call double @llvm.fmuladd.f64(double %11, double %26, double %25)
  %28 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 136), align 8, !tbaa !185
  %29 = tail call double @llvm.fmuladd.f64(double %12, double %28, double %27)
  %30 = tail call double @llvm.fmuladd.f64(double %12, double %29, double %22)
  %31 = tail call double @llvm.fmuladd.f64(double %12, double %30, double %17)
  %32 = fmul double %12, %31
  %33 = fmul double %10, f0x41A0000000000000
  %34 = fadd double %10, %33
  %35 = fsub double %34, %33
  %36 = fsub double %10, %35
  %37 = fmul double %35, %35
  %38 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 56), align 8, !tbaa !185
  %39 = fmul double %37, %38
  %40 = fadd double %10, %39
  %41 = fsub double %10, %40
  %42 = fadd double %39, %41
  %43 = fmul double %36, %38
  %44 = fadd double %10, %35
  %45 = tail call double @llvm.fmuladd.f64(double %43, double %44, double %42)
  %46 = fadd double %32, %45
  %47 = fadd double %40, %46
  br label %107

48:                                               ; preds = %1
  %49 = add nsw i32 %4, -32752
  %50 = icmp ult i32 %49, -32736
  br i1 %50, label %51, label %66, !prof !189

51:                                               ; preds = %48
  %52 = fcmp oeq double %0, 0.000000e+00
  br i1 %52, label %53, label %55

53:                                               ; preds = %51
  %54 = tail call double @__math_divzero(i32 noundef 1) #11
  br label %107

55:                                               ; preds = %51
  %56 = icmp eq i64 %2, 9218868437227405312
  br i1 %56, label %107, label %57

57:                                               ; preds = %55
  %.not = icmp slt i64 %2, 0
  %58 = and i32 %4, 32752
  %59 = icmp eq i32 %58, 32752
  %or.cond = or i1 %.not, %59
  br i1 %or.cond, label %60, label %62

60:                                               ; preds = %57
  %61 = tail call double @__math_invalid(double noundef %0) #11
  br label %107

62:                                               ; preds = %57
  %63 = fmul double %0, f0x4330000000000000
  %64 = bitcast double %63 to i64
  %65 = add i64 %64, -234187180623265792
  br label %66

66:                                               ; preds = %62, %48
  %.089 = phi i64 [ %65, %62 ], [ %2, %48 ]
  %67 = add i64 %.089, -4604367669032910848
  %68 = lshr i64 %67, 45
  %69 = and i64 %68, 127
  %70 = ashr i64 %67, 52
  %71 = trunc nsw i64 %70 to i32
  %72 = and i64 %67, -4503599627370496
  %73 = sub i64 %.089, %72
  %74 = getelementptr inbounds nuw [16 x i8], ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 144), i64 %69
  %75 = load double, ptr %74, align 8, !tbaa !192
  %76 = getelementptr inbounds nuw i8, ptr %74, i64 8
  %77 = load double, ptr %76, align 8, !tbaa !193
  %78 = bitcast i64 %73 to double
  %79 = getelementptr inbounds nuw [16 x i8], ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 2192), i64 %69
  %80 = load double, ptr %79, align 8, !tbaa !192
  %81 = fsub double %78, %80
  %82 = getelementptr inbounds nuw i8, ptr %79, i64 8
  %83 = load double, ptr %82, align 8, !tbaa !193
  %84 = fsub double %81, %83
  %85 = fmul double %75, %84
  %86 = sitofp i32 %71 to double
  %87 = load double, ptr @__log_data, align 8, !tbaa !203
  %88 = tail call double @llvm.fmuladd.f64(double %86, double %87, double %77)
  %89 = fadd double %88, %85
  %90 = fsub double %88, %89
  %91 = fadd double %85, %90
  %92 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 8), align 8, !tbaa !204
  %93 = tail call double @llvm.fmuladd.f64(double %86, double %92, double %91)
  %94 = fmul double %85, %85
  %95 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 16), align 8, !tbaa !185
  %96 = tail call double @llvm.fmuladd.f64(double %94, double %95, double %93)
  %97 = fmul double %85, %94
  %98 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 24), align 8, !tbaa !185
  %99 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 32), align 8, !tbaa !185
  %100 = tail call double @llvm.fmuladd.f64(double %85, double %99, double %98)
  %101 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 40), align 8, !tbaa !185
  %102 = load double, ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 48), align 8, !tbaa !185
  %103 = tail call double @llvm.fmuladd.f64(double %85, double %102, double %101)
  %104 = tail call double @llvm.fmuladd.f64(double %94, double %103, double %100)
  %105 = tail call double @llvm.fmuladd.f64(double %97, double %104, double %96)
  %106 = fadd double %89, %105
  br label %107

107:                                              ; preds = %66, %60, %55, %53, %9, %7
  %.0 = phi double [ %106, %66 ], [ %47, %9 ], [ %54, %53 ], [ 0.000000e+00, %7 ], [ %61, %60 ], [ %0, %55 ]
  ret double %.0
}

; Function Attrs: inlinehint
define hidden float @powf(float noundef %0, float noundef %1) local_unnamed_addr #11 {
  %3 = alloca float, align 4
  %4 = bitcast float %0 to i32
  %5 = bitcast float %1 to i32
  %6 = add i32 %4, -2139095040
  %7 = icmp ult i32 %6, -2130706432
  %.pre = shl i32 %5, 1
  %8 = add i32 %.pre, 16777216
  %9 = icmp ult i32 %8, 16777217
  %or.cond98 = or i1 %7, %9
  br i1 %or.cond98, label %.critedge, label %73, !prof !205

.critedge:                                        ; preds = %2
  %10 = add i32 %.pre, -1
  %11 = icmp ult i32 %10, -16777217
  br i1 %11, label %28, label %12, !prof !186

12:                                               ; preds = %.critedge
  %13 = icmp eq i32 %.pre, 0
  %14 = icmp eq i32 %4, 1065353216
  %or.cond70 = or i1 %14, %13
  br i1 %or.cond70, label %138, label %15

15:                                               ; preds = %12
  %16 = shl i32 %4, 1
  %17 = icmp ugt i32 %16, -16777216
  %18 = icmp samesign ugt i32 %.pre, -16777216
  %or.cond = or i1 %17, %18
  br i1 %or.cond, label %19, label %21

19:                                               ; preds = %15
  %20 = fadd float %0, %1
  br label %138

21:                                               ; preds = %15
  %22 = icmp eq i32 %16, 2130706432
  br i1 %22, label %138, label %23

23:                                               ; preds = %21
  %24 = icmp ult i32 %16, 2130706432
  %25 = icmp slt i32 %5, 0
  %26 = xor i1 %24, %25
  %27 = fmul float %1, %1
  %spec.select71 = select i1 %26, float 0.000000e+00, float %27
  br label %138

28:                                               ; preds = %.critedge
  %29 = shl i32 %4, 1
  %30 = add i32 %29, -1
  %31 = icmp ult i32 %30, -16777217
  br i1 %31, label %47, label %32, !prof !186

32:                                               ; preds = %28
  %33 = fmul float %0, %0
  %.not66 = icmp sgt i32 %4, -1
  br i1 %.not66, label %checkint.exit.thread, label %34

34:                                               ; preds = %32
  %35 = lshr i32 %5, 23
  %36 = and i32 %35, 255
  %37 = add nsw i32 %36, -151
  %or.cond92 = icmp ult i32 %37, -24
  br i1 %or.cond92, label %checkint.exit.thread, label %38

38:                                               ; preds = %34
  %39 = sub nuw nsw i32 150, %36
  %40 = shl nuw nsw i32 1, %39
  %41 = add nsw i32 %40, -1
  %42 = and i32 %41, %5
  %.not.i = icmp ne i32 %42, 0
  %43 = and i32 %40, %5
  %.not9.i = icmp eq i32 %43, 0
  %or.cond93 = or i1 %.not9.i, %.not.i
  %44 = fneg float %33
  %spec.select = select i1 %or.cond93, float %33, float %44
  br label %checkint.exit.thread

checkint.exit.thread:                             ; preds = %38, %34, %32
  %.056 = phi float [ %33, %32 ], [ %33, %34 ], [ %spec.select, %38 ]
  %.not67 = icmp sgt i32 %5, -1
  br i1 %.not67, label %138, label %45

45:                                               ; preds = %checkint.exit.thread
  %46 = fdiv float 1.000000e+00, %.056
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile float %46, ptr %3, align 4, !tbaa !171
  %.0..0..0..0..0..0..i = load volatile float, ptr %3, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  br label %138

47:                                               ; preds = %28
  %.not64 = icmp sgt i32 %4, -1
  br i1 %.not64, label %66, label %48

48:                                               ; preds = %47
  %49 = lshr i32 %5, 23
  %50 = and i32 %49, 255
  %51 = icmp samesign ult i32 %50, 127
  br i1 %51, label %.thread, label %52

52:                                               ; preds = %48
  %53 = icmp samesign ugt i32 %50, 150
  br i1 %53, label %checkint.exit76.thread85, label %54

54:                                               ; preds = %52
  %55 = sub nuw nsw i32 150, %50
  %56 = shl nuw nsw i32 1, %55
  %57 = add nsw i32 %56, -1
  %58 = and i32 %57, %5
  %.not.i72 = icmp eq i32 %58, 0
  br i1 %.not.i72, label %59, label %.thread

59:                                               ; preds = %54
  %60 = and i32 %56, %5
  %.not9.i74 = icmp eq i32 %60, 0
  br i1 %.not9.i74, label %checkint.exit76.thread85, label %62

.thread:                                          ; preds = %54, %48
  %61 = tail call float @__math_invalidf(float noundef %0) #11
  br label %138

checkint.exit76.thread85:                         ; preds = %59, %52
  br label %62

62:                                               ; preds = %checkint.exit76.thread85, %59
  %63 = phi i32 [ 0, %checkint.exit76.thread85 ], [ 65536, %59 ]
  %64 = tail call float @llvm.fabs.f32(float %0)
  %65 = bitcast float %64 to i32
  br label %66

66:                                               ; preds = %62, %47
  %.154 = phi i32 [ %65, %62 ], [ %4, %47 ]
  %.252 = phi i32 [ %63, %62 ], [ 0, %47 ]
  %67 = icmp ult i32 %.154, 8388608
  br i1 %67, label %68, label %73

68:                                               ; preds = %66
  %69 = fmul float %0, f0x4B000000
  %70 = tail call float @llvm.fabs.f32(float %69)
  %71 = bitcast float %70 to i32
  %72 = add nsw i32 %71, -192937984
  br label %73

73:                                               ; preds = %68, %66, %2
  %.255 = phi i32 [ %72, %68 ], [ %.154, %66 ], [ %4, %2 ]
  %.3 = phi i32 [ %.252, %68 ], [ %.252, %66 ], [ 0, %2 ]
  %74 = add i32 %.255, -1060306944
  %75 = lshr i32 %74, 19
  %76 = and i32 %75, 15
  %77 = and i32 %74, -8388608
  %78 = sub i32 %.255, %77
  %79 = ashr i32 %74, 23
  %80 = zext nneg i32 %76 to i64
  %81 = getelementptr inbounds nuw [16 x i8], ptr @__powf_log2_data, i64 %80
  %82 = load double, ptr %81, align 8, !tbaa !192
  %83 = getelementptr inbounds nuw i8, ptr %81, i64 8
  %84 = load double, ptr %83, align 8, !tbaa !193
  %85 = bitcast i32 %78 to float
  %86 = fpext float %85 to double
  %87 = tail call double @llvm.fmuladd.f64(double %86, double %82, double -1.000000e+00)
  %88 = sitofp i32 %79 to double
  %89 = fadd double %84, %88
  %90 = fmul double %87, %87
  %91 = load double, ptr getelementptr inbounds nuw (i8, ptr @__powf_log2_data, i64 256), align 8, !tbaa !185
  %92 = load double, ptr getelementptr inbounds nuw (i8, ptr @__powf_log2_data, i64 264), align 8, !tbaa !185
  %93 = tail call double @llvm.fmuladd.f64(double %91, double %87, double %92)
  %94 = load double, ptr getelementptr inbounds nuw (i8, ptr @__powf_log2_data, i64 272), align 8, !tbaa !185
  %95 = load double, ptr getelementptr inbounds nuw (i8, ptr @__powf_log2_data, i64 280), align 8, !tbaa !185
  %96 = tail call double @llvm.fmuladd.f64(double %94, double %87, double %95)
  %97 = fmul double %90, %90
  %98 = load double, ptr getelementptr inbounds nuw (i8, ptr @__powf_log2_data, i64 288), align 8, !tbaa !185
  %99 = tail call double @llvm.fmuladd.f64(double %98, double %87, double %89)
  %100 = tail call double @llvm.fmuladd.f64(double %96, double %90, double %99)
  %101 = tail call double @llvm.fmuladd.f64(double %93, double %97, double %100)
  %102 = fpext float %1 to double
  %103 = fmul double %101, %102
  %104 = bitcast double %103 to i64
  %105 = and i64 %104, 9223231299366420480
  %106 = icmp samesign ugt i64 %105, 4638426141214900224
  br i1 %106, label %107, label %115, !prof !189

107:                                              ; preds = %73
  %108 = fcmp ogt double %103, f0x405FFFFFFFD1D571
  br i1 %108, label %109, label %111

109:                                              ; preds = %107
  %110 = tail call float @__math_oflowf(i32 noundef %.3) #11
  br label %138

111:                                              ; preds = %107
  %112 = fcmp ugt double %103, -1.500000e+02
  br i1 %112, label %115, label %113

113:                                              ; preds = %111
  %114 = tail call float @__math_uflowf(i32 noundef %.3) #11
  br label %138

115:                                              ; preds = %111, %73
  %116 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 256), align 8, !tbaa !206
  %117 = fadd double %103, %116
  %118 = bitcast double %117 to i64
  %119 = fsub double %117, %116
  %120 = fsub double %103, %119
  %121 = and i64 %118, 31
  %122 = getelementptr inbounds nuw [8 x i8], ptr @__exp2f_data, i64 %121
  %123 = load i64, ptr %122, align 8, !tbaa !188
  %124 = zext nneg i32 %.3 to i64
  %125 = add i64 %118, %124
  %126 = shl i64 %125, 47
  %127 = add i64 %126, %123
  %128 = bitcast i64 %127 to double
  %129 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 264), align 8, !tbaa !185
  %130 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 272), align 8, !tbaa !185
  %131 = tail call double @llvm.fmuladd.f64(double %129, double %120, double %130)
  %132 = fmul double %120, %120
  %133 = load double, ptr getelementptr inbounds nuw (i8, ptr @__exp2f_data, i64 280), align 8, !tbaa !185
  %134 = tail call double @llvm.fmuladd.f64(double %133, double %120, double 1.000000e+00)
  %135 = tail call double @llvm.fmuladd.f64(double %131, double %132, double %134)
  %136 = fmul double %135, %128
  %137 = fptrunc double %136 to float
  br label %138

138:                                              ; preds = %115, %113, %109, %.thread, %45, %checkint.exit.thread, %23, %21, %19, %12
  %.2 = phi float [ %61, %.thread ], [ 1.000000e+00, %12 ], [ %20, %19 ], [ %137, %115 ], [ 1.000000e+00, %21 ], [ %114, %113 ], [ %spec.select71, %23 ], [ %.056, %checkint.exit.thread ], [ %.0..0..0..0..0..0..i, %45 ], [ %110, %109 ]
  ret float %.2
}

; Function Attrs: inlinehint
define hidden float @rintf(float noundef %0) local_unnamed_addr #11 {
  %2 = bitcast float %0 to i32
  %3 = and i32 %2, 2130706432
  %4 = icmp samesign ugt i32 %3, 1249902592
  br i1 %4, label %12, label %5

5:                                                ; preds = %1
  %.not = icmp sgt i32 %2, -1
  %6 = fadd float %0, f0xCB000000
  %7 = fadd float %6, f0x4B000000
  %8 = fadd float %0, f0x4B000000
  %9 = fadd float %8, f0xCB000000
  %.0 = select i1 %.not, float %9, float %7
  %10 = fcmp oeq float %.0, 0.000000e+00
  %11 = select i1 %.not, float 0.000000e+00, float -0.000000e+00
  %spec.select = select i1 %10, float %11, float %.0
  br label %12

12:                                               ; preds = %5, %1
  %.010 = phi float [ %0, %1 ], [ %spec.select, %5 ]
  ret float %.010
}

; Function Attrs: inlinehint
define hidden double @round(double noundef %0) local_unnamed_addr #11 {
  %2 = alloca double, align 8
  %3 = bitcast double %0 to i64
  %4 = lshr i64 %3, 52
  %5 = trunc nuw nsw i64 %4 to i32
  %6 = and i32 %5, 2047
  %7 = icmp samesign ugt i32 %6, 1074
  br i1 %7, label %26, label %8

8:                                                ; preds = %1
  %spec.select = tail call double @llvm.fabs.f64(double %0)
  %9 = icmp samesign ult i32 %6, 1022
  %10 = fadd double %spec.select, f0x4330000000000000
  br i1 %9, label %11, label %13

11:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile double %10, ptr %2, align 8, !tbaa !185
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %12 = fmul double %0, 0.000000e+00
  br label %26

13:                                               ; preds = %8
  %14 = fadd double %10, f0xC330000000000000
  %15 = fsub double %14, %spec.select
  %16 = fcmp ogt double %15, 5.000000e-01
  br i1 %16, label %17, label %20

17:                                               ; preds = %13
  %18 = fadd double %spec.select, %15
  %19 = fadd double %18, -1.000000e+00
  br label %24

20:                                               ; preds = %13
  %21 = fcmp ugt double %15, -5.000000e-01
  %22 = fadd double %spec.select, %15
  %23 = fadd double %22, 1.000000e+00
  %spec.select29 = select i1 %21, double %22, double %23
  br label %24

24:                                               ; preds = %20, %17
  %.0 = phi double [ %19, %17 ], [ %spec.select29, %20 ]
  %25 = fneg double %.0
  %.not26 = icmp slt i64 %3, 0
  %spec.select25 = select i1 %.not26, double %25, double %.0
  br label %26

26:                                               ; preds = %24, %11, %1
  %.021 = phi double [ %spec.select25, %24 ], [ %12, %11 ], [ %0, %1 ]
  ret double %.021
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #8

; Function Attrs: inlinehint
define hidden float @roundf(float noundef %0) local_unnamed_addr #11 {
  %2 = alloca float, align 4
  %3 = bitcast float %0 to i32
  %4 = lshr i32 %3, 23
  %5 = and i32 %4, 255
  %6 = icmp samesign ugt i32 %5, 149
  br i1 %6, label %25, label %7

7:                                                ; preds = %1
  %spec.select = tail call float @llvm.fabs.f32(float %0)
  %8 = icmp samesign ult i32 %5, 126
  %9 = fadd float %spec.select, f0x4B000000
  br i1 %8, label %10, label %12

10:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile float %9, ptr %2, align 4, !tbaa !171
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %11 = fmul float %0, 0.000000e+00
  br label %25

12:                                               ; preds = %7
  %13 = fadd float %9, f0xCB000000
  %14 = fsub float %13, %spec.select
  %15 = fcmp ogt float %14, 5.000000e-01
  br i1 %15, label %16, label %19

16:                                               ; preds = %12
  %17 = fadd float %spec.select, %14
  %18 = fadd float %17, -1.000000e+00
  br label %23

19:                                               ; preds = %12
  %20 = fcmp ugt float %14, -5.000000e-01
  %21 = fadd float %spec.select, %14
  %22 = fadd float %21, 1.000000e+00
  %spec.select29 = select i1 %20, float %21, float %22
  br label %23

23:                                               ; preds = %19, %16
  %.0 = phi float [ %18, %16 ], [ %spec.select29, %19 ]
  %24 = fneg float %.0
  %.not26 = icmp slt i32 %3, 0
  %spec.select25 = select i1 %.not26, float %24, float %.0
  br label %25

25:                                               ; preds = %23, %10, %1
  %.021 = phi float [ %spec.select25, %23 ], [ %11, %10 ], [ %0, %1 ]
  ret float %.021
}

attributes #0 = { "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #5 = { uwtable "nonlazybind" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nofree norecurse nosync nounwind memory(argmem: write) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #10 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #11 = { inlinehint }

!llvm.dbg.cu = !{!76, !79, !82, !85, !88, !91, !94}
!llvm.module.flags = !{!161, !162, !183, !220}
!llvm.errno.tbaa = !{!167}

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
!163 = !{!"Simple C/C++ TBAA"}
!164 = !{!"omnipotent char", !163, i64 0}
!165 = !{!"int", !164, i64 0}
!166 = !{!"__libc_errno", !165, i64 0}
!167 = !{!166, !165, i64 0}
!168 = !{!"short", !164, i64 0}
!169 = !{!168, !168, i64 0}
!170 = !{!"float", !164, i64 0}
!171 = !{!170, !170, i64 0}
!172 = !{!164, !164, i64 0}
!173 = !{!"llvm.loop.unroll.disable"}
!174 = !{!"llvm.loop.mustprogress"}
!175 = distinct !{!175, !173}
!176 = distinct !{!176, !174}
!177 = distinct !{!177, !173}
!178 = distinct !{!178, !174}
!179 = distinct !{!179, !173}
!180 = distinct !{!180, !174}
!181 = distinct !{!181, !174}
!182 = distinct !{!182, !173}
!183 = !{i32 1, !"wchar_size", i32 4}
!184 = !{!"double", !164, i64 0}
!185 = !{!184, !184, i64 0}
!186 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!187 = !{!"long", !164, i64 0}
!188 = !{!187, !187, i64 0}
!189 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!190 = !{!"exp2f_data", !164, i64 0, !184, i64 256, !164, i64 264, !184, i64 288, !184, i64 296, !164, i64 304}
!191 = !{!"", !184, i64 0, !184, i64 8}
!192 = !{!191, !184, i64 0}
!193 = !{!191, !184, i64 8}
!194 = !{!"exp_data", !184, i64 0, !184, i64 8, !184, i64 16, !184, i64 24, !164, i64 32, !184, i64 64, !164, i64 72, !164, i64 112}
!195 = !{!194, !184, i64 0}
!196 = !{!194, !184, i64 8}
!197 = !{!194, !184, i64 16}
!198 = !{!194, !184, i64 24}
!199 = !{!190, !184, i64 296}
!200 = !{!190, !184, i64 288}
!201 = !{!165, !165, i64 0}
!202 = !{!"log_data", !184, i64 0, !184, i64 8, !164, i64 16, !164, i64 56, !164, i64 144, !164, i64 2192}
!203 = !{!202, !184, i64 0}
!204 = !{!202, !184, i64 8}
!205 = !{!"branch_weights", i32 4001, i32 4000000}
!206 = !{!190, !184, i64 256}
!220 = !{i32 7, !"frame-pointer", i32 2}
