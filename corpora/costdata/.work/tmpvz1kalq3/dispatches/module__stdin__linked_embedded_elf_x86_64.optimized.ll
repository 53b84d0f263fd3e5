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

@0 = internal constant [15 x i8] c"_stdin__linked\00", align 1
@iree_hal_executable_library_query_v0_header = internal constant %iree_hal_executable_library_header_t { i32 6, ptr @0, i32 0, i32 0 }
@iree_hal_executable_library_query_v0_funcs = internal constant [4 x ptr] [ptr @"main$async_dispatch_0_elementwise", ptr @"main$async_dispatch_1_elementwise_broadcast_3_f16", ptr @"main$async_dispatch_2_elementwise", ptr @"main$async_dispatch_3_elementwise"]
@iree_hal_executable_library_query_v0_attrs = internal constant [4 x %iree_hal_executable_dispatch_attrs_v0_t] [%iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 3, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }, %iree_hal_executable_dispatch_attrs_v0_t { i64 0, i16 0, i8 0, i8 2, i32 1, i32 1, i16 1, i16 0, i64 0, i64 0, i64 0, i64 0, i64 0 }]
@1 = internal constant [34 x i8] c"main$async_dispatch_0_elementwise\00", align 1
@2 = internal constant [50 x i8] c"main$async_dispatch_1_elementwise_broadcast_3_f16\00", align 1
@3 = internal constant [34 x i8] c"main$async_dispatch_2_elementwise\00", align 1
@4 = internal constant [34 x i8] c"main$async_dispatch_3_elementwise\00", align 1
@iree_hal_executable_library_query_v0_names = internal constant [4 x ptr] [ptr @1, ptr @2, ptr @3, ptr @4]
@5 = internal constant [91 x i8] c"corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_0.mlir\00", align 1
@6 = internal constant [91 x i8] c"corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_1.mlir\00", align 1
@7 = internal constant [91 x i8] c"corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_2.mlir\00", align 1
@8 = internal constant [91 x i8] c"corpora/costdata/.work/tmpvz1kalq3/dispatches/configured_module_main$async_dispatch_3.mlir\00", align 1
@iree_hal_executable_library_query_v0_source_locations = internal constant [4 x %iree_hal_executable_source_location_v0_t] [%iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @5 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @6 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @7 }, %iree_hal_executable_source_location_v0_t { i32 3, i32 90, ptr @8 }]
@"iree_hal_executable_library_query_v0_main$async_dispatch_0_elementwise_stage_names" = internal constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_0_elementwise_stage_source_locations" = internal constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_1_elementwise_broadcast_3_f16_stage_names" = internal constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_1_elementwise_broadcast_3_f16_stage_source_locations" = internal constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_stage_names" = internal constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_stage_source_locations" = internal constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_3_elementwise_stage_names" = internal constant [0 x ptr] zeroinitializer
@"iree_hal_executable_library_query_v0_main$async_dispatch_3_elementwise_stage_source_locations" = internal constant [0 x %iree_hal_executable_source_location_v0_t] zeroinitializer
@iree_hal_executable_library_query_v0_stage_location_tables = internal constant [4 x %iree_hal_executable_stage_location_table_v0_t] [%iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_0_elementwise_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_0_elementwise_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_1_elementwise_broadcast_3_f16_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_1_elementwise_broadcast_3_f16_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_2_elementwise_stage_source_locations" }, %iree_hal_executable_stage_location_table_v0_t { i32 0, ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_3_elementwise_stage_names", ptr @"iree_hal_executable_library_query_v0_main$async_dispatch_3_elementwise_stage_source_locations" }]
@iree_hal_executable_library_query_v0 = internal constant %iree_hal_executable_library_v0_t { ptr @iree_hal_executable_library_query_v0_header, %iree_hal_executable_import_table_v0_t zeroinitializer, %iree_hal_executable_export_table_v0_t { i32 4, ptr @iree_hal_executable_library_query_v0_funcs, ptr @iree_hal_executable_library_query_v0_attrs, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_names, ptr null, ptr null, ptr @iree_hal_executable_library_query_v0_source_locations, ptr @iree_hal_executable_library_query_v0_stage_location_tables }, %iree_hal_executable_constant_table_v0_t zeroinitializer, %iree_hal_executable_source_file_table_v0_t zeroinitializer }
@__exp_data = internal local_unnamed_addr constant %struct.exp_data { double f0x40671547652B82FE, double f0x4338000000000000, double f0xBF762E42FEFA0000, double f0xBD0CF79ABC9E3B3A, [4 x double] [double f0x3FDFFFFFFFFFFDBD, double f0x3FC555555555543C, double f0x3FA55555CF172B91, double f0x3F81111167A4D017], double f0x42C8000000000000, [5 x double] [double f0x3FE62E42FEFA39EF, double f0x3FCEBFBDFF82C424, double f0x3FAC6B08D70CF4B5, double f0x3F83B2ABD24650CC, double f0x3F55D7E09B4E3A84], [256 x i64] [i64 0, i64 4607182418800017408, i64 4367149474599452526, i64 4607171688528556853, i64 -4868004084858692515, i64 4607161091040444513, i64 -4859280119576434991, i64 4607150627056680837, i64 4363093389540324883, i64 4607140297302181236, i64 -4860564323061625094, i64 4607130102505797342, i64 4350749156061923425, i64 4607120043400338376, i64 4364168240100004761, i64 4607110120722592643, i64 4366128403083131757, i64 4607100335213349135, i64 4363624214708482044, i64 4607090687617419255, i64 4341116261916187857, i64 4607081178683658658, i64 -4870076522866643445, i64 4607071809164989211, i64 -4857881712154133234, i64 4607062579818421073, i64 -4877256630102726059, i64 4607053491405074892, i64 -4858881367677209578, i64 4607044544690204128, i64 4359717415120819631, i64 4607035740443217489, i64 -4863857816615152824, i64 4607027079437701499, i64 -4859630355816238531, i64 4607018562451443178, i64 4362731899485115327, i64 4607010190266452853, i64 -4857455882053489882, i64 4607001963668987092, i64 4367063335334195040, i64 4606993883449571754, i64 -4859410923963139939, i64 4606985950403025181, i64 4362421515177083789, i64 4606978165328481494, i64 4359618604155798653, i64 4606970529029414038, i64 4365834109879625876, i64 4606963042313658936, i64 4361558225371547773, i64 4606955705993438783, i64 4359562691856033778, i64 4606948520885386461, i64 -4857492308587640738, i64 4606941487810569089, i64 4360319936817113905, i64 4606934607594512097, i64 -4882709470952570886, i64 4606927881067223440, i64 4362641697437125300, i64 4606921309063217931, i64 4354440509323660175, i64 4606914892421541718, i64 4360414030434708406, i64 4606908631985796885, i64 4361245865020257356, i64 4606902528604166193, i64 4363949802402347082, i64 4606896583129437951, i64 -4862018976549545212, i64 4606890796419031025, i64 -4858738662784151448, i64 4606885169335019979, i64 -4856841960950780530, i64 4606879702744160358, i64 -4867878926798276910, i64 4606874397517914103, i64 -4856823124960863467, i64 4606869254532475109, i64 4361066948569222253, i64 4606864274668794914, i64 -4858519367427004022, i64 4606859458812608540, i64 -4874962362796897957, i64 4606854807854460458, i64 -4864964451502548453, i64 4606850322689730711, i64 4342424336897059857, i64 4606846004218661165, i64 4365789078613288175, i64 4606841853346381911, i64 4354643160121541497, i64 4606837870982937808, i64 4365113450260533808, i64 4606834058043315166, i64 4356828907110576048, i64 4606830415447468583, i64 4364865165386375287, i64 4606826944120347917, i64 -4859502521842818162, i64 4606823644991925415, i64 -4861672301267803319, i64 4606820518997222978, i64 -4865894452217038753, i64 4606817567076339586, i64 -4862178651875353354, i64 4606814790174478863, i64 4364890759862540174, i64 4606812189241976794, i64 4358244976955136773, i64 4606809765234329597, i64 4364097860734309385, i64 4606807519112221737, i64 4338311716453074666, i64 4606805451841554103, i64 4365169902980743221, i64 4606803564393472328, i64 -4860258889723447649, i64 4606801857744395273, i64 -4860452975632495192, i64 4606800332876043653, i64 -4862669920490755666, i64 4606798990775468832, i64 -4858312122400614312, i64 4606797832435081765, i64 4347962289735735652, i64 4606796858852682099, i64 -4858341730713460184, i64 4606796071031487437, i64 -4870059510540748414, i64 4606795469980162751, i64 -4871936092595705362, i64 4606795056712849967, i64 -4863645441585018799, i64 4606794832249197700, i64 -4866104880896786737, i64 4606794797614391156, i64 -4861936742874514000, i64 4606794953839182196, i64 -4862171044651866486, i64 4606795301959919561, i64 4364160436192007379, i64 4606795843018579263, i64 -4865239048860621539, i64 4606796578062795143, i64 4365374511615819883, i64 4606797508145889586, i64 4352143969406577749, i64 4606798634326904418, i64 -4861457929465508030, i64 4606799957670631954, i64 -4858423338550479052, i64 4606801479247646227, i64 -4863783675556659426, i64 4606803200134334381, i64 -4858024654332078226, i64 4606805121412928237, i64 4364178698342926848, i64 4606807244171536025, i64 4363345029737015988, i64 4606809569504174299, i64 -4871286895867992065, i64 4606812098510800012, i64 4358348108421357380, i64 4606814832297342774, i64 -4858529541450220157, i64 4606817771975737286, i64 -4873552611666813399, i64 4606820918663955941, i64 -4869477542650660519, i64 4606824273486041615, i64 -4858747092350994006, i64 4606827837572140624, i64 -4862257653857481141, i64 4606831612058535866, i64 4355455812241575463, i64 4606835598087680144, i64 4354367543587795899, i64 4606839796808229667, i64 -4861700651175763357, i64 4606844209375077733, i64 4362612029712904661, i64 4606848836949388595, i64 -4858896013081134315, i64 4606853680698631517, i64 4364212552380330450, i64 4606858741796615000, i64 4360726356711135923, i64 4606864021423521215, i64 -4863078573502718540, i64 4606869520765940602, i64 4362891239881388935, i64 4606875241016906669, i64 -4859248142566958598, i64 4606881183375930982, i64 -4875775683326071110, i64 4606887349049038331, i64 -4859203616861915584, i64 4606893739248802106, i64 -4870406652589927628, i64 4606900355194379847, i64 -4858839866725070283, i64 4606907198111549002, i64 4356388038631218637, i64 4606914269232742866, i64 -4858893633017702228, i64 4606921569797086729, i64 4355946959017544883, i64 4606929101050434204, i64 4363674894410448276, i64 4606936864245403770, i64 4360857247493478828, i64 4606944860641415499, i64 4351547817417644647, i64 4606953091504727989, i64 4352565403421120872, i64 4606961558108475497, i64 -4863735759665056302, i64 4606970261732705274, i64 -4859474856892171665, i64 4606979203664415100, i64 -4859368956010059447, i64 4606988385197591026, i64 4356286533989107623, i64 4606997807633245319, i64 -4863164539274780145, i64 4607007472279454616, i64 4363524392198705836, i64 4607017380451398277, i64 4360674496013757259, i64 4607027533471396960, i64 -4863090309766824417, i64 4607037932668951391, i64 -4861307347717911095, i64 4607048579380781353, i64 4356306869484685523, i64 4607059474950864886, i64 4360546482996998769, i64 4607070620730477699, i64 -4859393813814996496, i64 4607082018078232794, i64 -4860036451210660739, i64 4607093668360120305, i64 4363640302291525640, i64 4607105572949547559, i64 4360658257139329842, i64 4607117733227379351, i64 4362409866909812206, i64 4607130150581978432, i64 -4859885672053611539, i64 4607142826409246228, i64 4357102052301720989, i64 4607155762112663768, i64 4346824392926350473, i64 4607168959103332849] }, align 8
@__log_data = internal local_unnamed_addr constant %struct.log_data { double f0x3FE62E42FEFA3800, double f0x3D2EF35793C76730, [5 x double] [double f0xBFE0000000000001, double f0x3FD555555551305B, double f0xBFCFFFFFFFEB4590, double f0x3FC999B324F10111, double f0xBFC55575E506C89F], [11 x double] [double -5.000000e-01, double f0x3FD5555555555577, double f0xBFCFFFFFFFFFFDCB, double f0x3FC999999995DD0C, double f0xBFC55555556745A7, double f0x3FC24924A344DE30, double f0xBFBFFFFFA4423D65, double f0x3FBC7184282AD6CA, double f0xBFB999EB43B068FF, double f0x3FB78182F7AFD085, double f0xBFB5521375D145CD], [128 x %struct.anon] [%struct.anon { double f0x3FF734F0C3E0DE9F, double f0xBFD7CC7F79E69000 }, %struct.anon { double f0x3FF713786A2CE91F, double f0xBFD76FEEC20D0000 }, %struct.anon { double f0x3FF6F26008FAB5A0, double f0xBFD713E31351E000 }, %struct.anon { double f0x3FF6D1A61F138C7D, double f0xBFD6B85B38287800 }, %struct.anon { double f0x3FF6B1490BC5B4D1, double f0xBFD65D5590807800 }, %struct.anon { double f0x3FF69147332F0CBA, double f0xBFD602D076180000 }, %struct.anon { double f0x3FF6719F18224223, double f0xBFD5A8CA86909000 }, %struct.anon { double f0x3FF6524F99A51ED9, double f0xBFD54F4356035000 }, %struct.anon { double f0x3FF63356AA8F24C4, double f0xBFD4F637C36B4000 }, %struct.anon { double f0x3FF614B36B9DDC14, double f0xBFD49DA7FDA85000 }, %struct.anon { double f0x3FF5F66452C65C4C, double f0xBFD445923989A800 }, %struct.anon { double f0x3FF5D867B5912C4F, double f0xBFD3EDF439B0B800 }, %struct.anon { double f0x3FF5BABCCB5B90DE, double f0xBFD396CE448F7000 }, %struct.anon { double f0x3FF59D61F2D91A78, double f0xBFD3401E17BDA000 }, %struct.anon { double f0x3FF5805612465687, double f0xBFD2E9E2EF468000 }, %struct.anon { double f0x3FF56397CEE76BD3, double f0xBFD2941B3830E000 }, %struct.anon { double f0x3FF54725E2A77F93, double f0xBFD23EC58CDA8800 }, %struct.anon { double f0x3FF52AFF42064583, double f0xBFD1E9E129279000 }, %struct.anon { double f0x3FF50F22DBB2BDDF, double f0xBFD1956D2B48F800 }, %struct.anon { double f0x3FF4F38F4734DED7, double f0xBFD141679AB9F800 }, %struct.anon { double f0x3FF4D843CFDE2840, double f0xBFD0EDD094EF9800 }, %struct.anon { double f0x3FF4BD3EC078A3C8, double f0xBFD09AA518DB1000 }, %struct.anon { double f0x3FF4A27FC3E0258A, double f0xBFD047E65263B800 }, %struct.anon { double f0x3FF4880524D48434, double f0xBFCFEB224586F000 }, %struct.anon { double f0x3FF46DCE1B192D0B, double f0xBFCF474A7517B000 }, %struct.anon { double f0x3FF453D9D3391854, double f0xBFCEA4443D103000 }, %struct.anon { double f0x3FF43A2744B4845A, double f0xBFCE020D44E9B000 }, %struct.anon { double f0x3FF420B54115F8FB, double f0xBFCD60A22977F000 }, %struct.anon { double f0x3FF40782DA3EF4B1, double f0xBFCCC00104959000 }, %struct.anon { double f0x3FF3EE8F5D57FE8F, double f0xBFCC202956891000 }, %struct.anon { double f0x3FF3D5D9A00B4CE9, double f0xBFCB81178D811000 }, %struct.anon { double f0x3FF3BD60C010C12B, double f0xBFCAE2C9CCD3D000 }, %struct.anon { double f0x3FF3A5242B75DAB8, double f0xBFCA45402E129000 }, %struct.anon { double f0x3FF38D22CD9FD002, double f0xBFC9A877681DF000 }, %struct.anon { double f0x3FF3755BC5847A1C, double f0xBFC90C6D69483000 }, %struct.anon { double f0x3FF35DCE49AD36E2, double f0xBFC87120A645C000 }, %struct.anon { double f0x3FF34679984DD440, double f0xBFC7D68FB4143000 }, %struct.anon { double f0x3FF32F5CCEFFCB24, double f0xBFC73CB83C627000 }, %struct.anon { double f0x3FF3187775A10D49, double f0xBFC6A39A9B376000 }, %struct.anon { double f0x3FF301C8373E3990, double f0xBFC60B3154B7A000 }, %struct.anon { double f0x3FF2EB4EBB95F841, double f0xBFC5737D76243000 }, %struct.anon { double f0x3FF2D50A0219A9D1, double f0xBFC4DC7B8FC23000 }, %struct.anon { double f0x3FF2BEF9A8B7FD2A, double f0xBFC4462C51D20000 }, %struct.anon { double f0x3FF2A91C7A0C1BAB, double f0xBFC3B08ABC830000 }, %struct.anon { double f0x3FF293726014B530, double f0xBFC31B996B490000 }, %struct.anon { double f0x3FF27DFA5757A1F5, double f0xBFC2875490A44000 }, %struct.anon { double f0x3FF268B39B1D3BBF, double f0xBFC1F3B9F879A000 }, %struct.anon { double f0x3FF2539D838FF5BD, double f0xBFC160C8252CA000 }, %struct.anon { double f0x3FF23EB7AAC9083B, double f0xBFC0CE7F57F72000 }, %struct.anon { double f0x3FF22A012BA940B6, double f0xBFC03CDC49FEA000 }, %struct.anon { double f0x3FF2157996CC4132, double f0xBFBF57BDBC4B8000 }, %struct.anon { double f0x3FF201201DD2FC9B, double f0xBFBE370896404000 }, %struct.anon { double f0x3FF1ECF4494D480B, double f0xBFBD17983EF94000 }, %struct.anon { double f0x3FF1D8F5528F6569, double f0xBFBBF9674ED8A000 }, %struct.anon { double f0x3FF1C52311577E7C, double f0xBFBADC79202F6000 }, %struct.anon { double f0x3FF1B17C74CB26E9, double f0xBFB9C0C3E7288000 }, %struct.anon { double f0x3FF19E010C2C1AB6, double f0xBFB8A646B372C000 }, %struct.anon { double f0x3FF18AB07BB670BD, double f0xBFB78D01B3AC0000 }, %struct.anon { double f0x3FF1778A25EFBCB6, double f0xBFB674F145380000 }, %struct.anon { double f0x3FF1648D354C31DA, double f0xBFB55E0E6D878000 }, %struct.anon { double f0x3FF151B990275FDD, double f0xBFB4485CDEA1E000 }, %struct.anon { double f0x3FF13F0EA432D24C, double f0xBFB333D94D6AA000 }, %struct.anon { double f0x3FF12C8B7210F9DA, double f0xBFB22079F8C56000 }, %struct.anon { double f0x3FF11A3028ECB531, double f0xBFB10E4698622000 }, %struct.anon { double f0x3FF107FBDA8434AF, double f0xBFAFFA6C6AD20000 }, %struct.anon { double f0x3FF0F5EE0F4E6BB3, double f0xBFADDA8D4A774000 }, %struct.anon { double f0x3FF0E4065D2A9FCE, double f0xBFABBCECE4850000 }, %struct.anon { double f0x3FF0D244632CA521, double f0xBFA9A1894012C000 }, %struct.anon { double f0x3FF0C0A77CE2981A, double f0xBFA788583302C000 }, %struct.anon { double f0x3FF0AF2F83C636D1, double f0xBFA5715E67D68000 }, %struct.anon { double f0x3FF09DDB98A01339, double f0xBFA35C8A49658000 }, %struct.anon { double f0x3FF08CABAF52E7DF, double f0xBFA149E364154000 }, %struct.anon { double f0x3FF07B9F2F4E28FB, double f0xBF9E72C082EB8000 }, %struct.anon { double f0x3FF06AB58C358F19, double f0xBF9A55F152528000 }, %struct.anon { double f0x3FF059EEA5ECF92C, double f0xBF963D62CF818000 }, %struct.anon { double f0x3FF04949CDD12C90, double f0xBF9228FB8CAA0000 }, %struct.anon { double f0x3FF038C6C6F0ADA9, double f0xBF8C317B20F90000 }, %struct.anon { double f0x3FF02865137932A9, double f0xBF8419355DAA0000 }, %struct.anon { double f0x3FF0182427EA7348, double f0xBF781203C2EC0000 }, %struct.anon { double f0x3FF008040614B195, double f0xBF60040979240000 }, %struct.anon { double f0x3FEFE01FF726FA1A, double f0x3F6FEFF384900000 }, %struct.anon { double f0x3FEFA11CC261EA74, double f0x3F87DC41353D0000 }, %struct.anon { double f0x3FEF6310B081992E, double f0x3F93CEA3C4C28000 }, %struct.anon { double f0x3FEF25F63CEEADCD, double f0x3F9B9FC114890000 }, %struct.anon { double f0x3FEEE9C8039113E7, double f0x3FA1B0D8CE110000 }, %struct.anon { double f0x3FEEAE8078CBB1AB, double f0x3FA58A5BD001C000 }, %struct.anon { double f0x3FEE741AA29D0C9B, double f0x3FA95C8340D88000 }, %struct.anon { double f0x3FEE3A91830A99B5, double f0x3FAD276AEF578000 }, %struct.anon { double f0x3FEE01E009609A56, double f0x3FB07598E598C000 }, %struct.anon { double f0x3FEDCA01E577BB98, double f0x3FB253F5E30D2000 }, %struct.anon { double f0x3FED92F20B7C9103, double f0x3FB42EDD8B380000 }, %struct.anon { double f0x3FED5CAC66FB5CCE, double f0x3FB606598757C000 }, %struct.anon { double f0x3FED272CAA5EDE9D, double f0x3FB7DA76356A0000 }, %struct.anon { double f0x3FECF26E3E6B2CCD, double f0x3FB9AB434E1C6000 }, %struct.anon { double f0x3FECBE6DA2A77902, double f0x3FBB78C7BB0D6000 }, %struct.anon { double f0x3FEC8B266D37086D, double f0x3FBD431332E72000 }, %struct.anon { double f0x3FEC5894BD5D5804, double f0x3FBF0A3171DE6000 }, %struct.anon { double f0x3FEC26B533BB9F8C, double f0x3FC067152B914000 }, %struct.anon { double f0x3FEBF583EEECE73F, double f0x3FC147858292B000 }, %struct.anon { double f0x3FEBC4FD75DB96C1, double f0x3FC2266ECDCA3000 }, %struct.anon { double f0x3FEB951E0C864A28, double f0x3FC303D7A6C55000 }, %struct.anon { double f0x3FEB65E2C5EF3E2C, double f0x3FC3DFC33C331000 }, %struct.anon { double f0x3FEB374867C9888B, double f0x3FC4BA366B7A8000 }, %struct.anon { double f0x3FEB094B211D304A, double f0x3FC5933928D1F000 }, %struct.anon { double f0x3FEADBE885F2EF7E, double f0x3FC66ACD2418F000 }, %struct.anon { double f0x3FEAAF1D31603DA2, double f0x3FC740F8EC669000 }, %struct.anon { double f0x3FEA82E63FD358A7, double f0x3FC815C0F51AF000 }, %struct.anon { double f0x3FEA5740EF09738B, double f0x3FC8E92954F68000 }, %struct.anon { double f0x3FEA2C2A90AB4B27, double f0x3FC9BB3602F84000 }, %struct.anon { double f0x3FEA01A01393F2D1, double f0x3FCA8BED1C2C0000 }, %struct.anon { double f0x3FE9D79F24DB3C1B, double f0x3FCB5B515C01D000 }, %struct.anon { double f0x3FE9AE2505C7B190, double f0x3FCC2967CCBCC000 }, %struct.anon { double f0x3FE9852EF297CE2F, double f0x3FCCF635D5486000 }, %struct.anon { double f0x3FE95CBAEEA44B75, double f0x3FCDC1BD3446C000 }, %struct.anon { double f0x3FE934C69DE74838, double f0x3FCE8C01B8CFE000 }, %struct.anon { double f0x3FE90D4F2F6752E6, double f0x3FCF5509C0179000 }, %struct.anon { double f0x3FE8E6528EFFD79D, double f0x3FD00E6C121FB800 }, %struct.anon { double f0x3FE8BFCE9FCC007C, double f0x3FD071B80E93D000 }, %struct.anon { double f0x3FE899C0DABEC30E, double f0x3FD0D46B9E867000 }, %struct.anon { double f0x3FE87427AA2317FB, double f0x3FD13687334BD000 }, %struct.anon { double f0x3FE84F00ACB39A08, double f0x3FD1980D67234800 }, %struct.anon { double f0x3FE82A49E8653E55, double f0x3FD1F8FFE0CC8000 }, %struct.anon { double f0x3FE8060195F40260, double f0x3FD2595FD7636800 }, %struct.anon { double f0x3FE7E22563E0A329, double f0x3FD2B9300914A800 }, %struct.anon { double f0x3FE7BEB377DCB5AD, double f0x3FD3187210436000 }, %struct.anon { double f0x3FE79BAA679725C2, double f0x3FD377266DEC1800 }, %struct.anon { double f0x3FE77907F2170657, double f0x3FD3D54FFBAF3000 }, %struct.anon { double f0x3FE756CADBD6130C, double f0x3FD432EEE32FE000 }], [128 x %struct.anon] [%struct.anon { double f0x3FE61000014FB66B, double f0x3C7E026C91425B3C }, %struct.anon { double f0x3FE63000034DB495, double f0x3C8DBFEA48005D41 }, %struct.anon { double f0x3FE650000D94D478, double f0x3C8E7FA786D6A5B7 }, %struct.anon { double f0x3FE67000074E6FAD, double f0x3C61FCEA6B54254C }, %struct.anon { double f0x3FE68FFFFEDF0FAE, double f0xBC7C7E274C590EFD }, %struct.anon { double f0x3FE6B0000763C5BC, double f0xBC8AC16848DCDA01 }, %struct.anon { double f0x3FE6D0001E5CC1F6, double f0x3C833F1C9D499311 }, %struct.anon { double f0x3FE6EFFFEB05F63E, double f0xBC7E80041AE22D53 }, %struct.anon { double f0x3FE710000E869780, double f0x3C7BFF6671097952 }, %struct.anon { double f0x3FE72FFFFC67E912, double f0x3C8C00E226BD8724 }, %struct.anon { double f0x3FE74FFFDF81116A, double f0xBC6E02916EF101D2 }, %struct.anon { double f0x3FE770000F679C90, double f0xBC67FC71CD549C74 }, %struct.anon { double f0x3FE78FFFFA7EC835, double f0x3C81BEC19EF50483 }, %struct.anon { double f0x3FE7AFFFFE20C2E6, double f0xBC707E1729CC6465 }, %struct.anon { double f0x3FE7CFFFED3FC900, double f0xBC808072087B8B1C }, %struct.anon { double f0x3FE7EFFFE9261A76, double f0x3C8DC0286D9DF9AE }, %struct.anon { double f0x3FE81000049CA3E8, double f0x3C897FD251E54C33 }, %struct.anon { double f0x3FE8300017932C8F, double f0xBC8AFEE9B630F381 }, %struct.anon { double f0x3FE850000633739C, double f0x3C89BFBF6B6535BC }, %struct.anon { double f0x3FE87000204289C6, double f0xBC8BBF65F3117B75 }, %struct.anon { double f0x3FE88FFFEBF57904, double f0xBC89006EA23DCB57 }, %struct.anon { double f0x3FE8B00022BC04DF, double f0xBC7D00DF38E04B0A }, %struct.anon { double f0x3FE8CFFFE50C1B8A, double f0xBC88007146FF9F05 }, %struct.anon { double f0x3FE8EFFFFC918E43, double f0x3C83817BD07A7038 }, %struct.anon { double f0x3FE910001EFA5FC7, double f0x3C893E9176DFB403 }, %struct.anon { double f0x3FE9300013467BB9, double f0x3C7F804E4B980276 }, %struct.anon { double f0x3FE94FFFE6EE076F, double f0xBC8F7EF0D9FF622E }, %struct.anon { double f0x3FE96FFFDE3C12D1, double f0xBC7082AA962638BA }, %struct.anon { double f0x3FE98FFFF4458A0D, double f0xBC87801B9164A8EF }, %struct.anon { double f0x3FE9AFFFDD982E3E, double f0xBC8740E08A5A9337 }, %struct.anon { double f0x3FE9CFFFED49FB66, double f0x3C3FCE08C19BE000 }, %struct.anon { double f0x3FE9F00020F19C51, double f0xBC8A3FAA27885B0A }, %struct.anon { double f0x3FEA10001145B006, double f0x3C74FF489958DA56 }, %struct.anon { double f0x3FEA300007BBF6FA, double f0x3C8CBEAB8A2B6D18 }, %struct.anon { double f0x3FEA500010971D79, double f0x3C88FECADD787930 }, %struct.anon { double f0x3FEA70001DF52E48, double f0xBC8F41763DD8ABDB }, %struct.anon { double f0x3FEA90001C593352, double f0xBC8EBF0284C27612 }, %struct.anon { double f0x3FEAB0002A4F3E4B, double f0xBC69FD043CFF3F5F }, %struct.anon { double f0x3FEACFFFD7AE1ED1, double f0xBC823EE7129070B4 }, %struct.anon { double f0x3FEAEFFFEE510478, double f0x3C6A063EE00EDEA3 }, %struct.anon { double f0x3FEB0FFFDB650D5B, double f0x3C5A06C8381F0AB9 }, %struct.anon { double f0x3FEB2FFFFEAACA57, double f0xBC79011E74233C1D }, %struct.anon { double f0x3FEB4FFFD995BADC, double f0xBC79FF1068862A9F }, %struct.anon { double f0x3FEB7000249E659C, double f0x3C8AFF45D0864F3E }, %struct.anon { double f0x3FEB8FFFF9871640, double f0x3C7CFE7796C2C3F9 }, %struct.anon { double f0x3FEBAFFFD204CB4F, double f0xBC63FF27EEF22BC4 }, %struct.anon { double f0x3FEBCFFFD2415C45, double f0xBC6CFFB7EE3BEA21 }, %struct.anon { double f0x3FEBEFFFF86309DF, double f0xBC814103972E0B5C }, %struct.anon { double f0x3FEC0FFFE1B57653, double f0x3C8BC16494B76A19 }, %struct.anon { double f0x3FEC2FFFF1FA57E3, double f0xBC64FEEF8D30C6ED }, %struct.anon { double f0x3FEC4FFFDCBFE424, double f0xBC843F68BCEC4775 }, %struct.anon { double f0x3FEC6FFFED54B9F7, double f0x3C847EA3F053E0EC }, %struct.anon { double f0x3FEC8FFFEB998FD5, double f0x3C7383068DF992F1 }, %struct.anon { double f0x3FECB0002125219A, double f0xBC68FD8E64180E04 }, %struct.anon { double f0x3FECCFFFDD94469C, double f0x3C8E7EBE1CC7EA72 }, %struct.anon { double f0x3FECEFFFEAFDC476, double f0x3C8EBE39AD9F88FE }, %struct.anon { double f0x3FED1000169AF82B, double f0x3C757D91A8B95A71 }, %struct.anon { double f0x3FED30000D0FF71D, double f0x3C89C1906970C7DA }, %struct.anon { double f0x3FED4FFFEA790FC4, double f0xBC580E37C558FE0C }, %struct.anon { double f0x3FED70002EDC87E5, double f0xBC7F80D64DC10F44 }, %struct.anon { double f0x3FED900021DC82AA, double f0xBC747C8F94FD5C5C }, %struct.anon { double f0x3FEDAFFFD86B0283, double f0x3C8C7F1DC521617E }, %struct.anon { double f0x3FEDD000296C4739, double f0x3C88019EB2FFB153 }, %struct.anon { double f0x3FEDEFFFE54490F5, double f0x3C6E00D2C652CC89 }, %struct.anon { double f0x3FEE0FFFCDABF694, double f0xBC7F8340202D69D2 }, %struct.anon { double f0x3FEE2FFFDB52C8DD, double f0x3C7B00C1CA1B0864 }, %struct.anon { double f0x3FEE4FFFF24216EF, double f0x3C72FFA8B094AB51 }, %struct.anon { double f0x3FEE6FFFE88A5E11, double f0xBC57F673B1EFBE59 }, %struct.anon { double f0x3FEE9000119EFF0D, double f0xBC84808D5E0BC801 }, %struct.anon { double f0x3FEEAFFFDFA51744, double f0x3C780006D54320B5 }, %struct.anon { double f0x3FEED0001A127FA1, double f0xBC5002F860565C92 }, %struct.anon { double f0x3FEEF00007BABCC4, double f0xBC8540445D35E611 }, %struct.anon { double f0x3FEF0FFFF57A8D02, double f0xBC4FFB3139EF9105 }, %struct.anon { double f0x3FEF30001EE58AC7, double f0x3C8A81ACF2731155 }, %struct.anon { double f0x3FEF4FFFF5823494, double f0x3C8A3F41D4D7C743 }, %struct.anon { double f0x3FEF6FFFFCA94C6B, double f0xBC6202F41C987875 }, %struct.anon { double f0x3FEF8FFFE1F9C441, double f0x3C777DD1F477E74B }, %struct.anon { double f0x3FEFAFFFD2E0E37E, double f0xBC6F01199A7CA331 }, %struct.anon { double f0x3FEFD0001C77E49E, double f0x3C7181EE4BCEACB1 }, %struct.anon { double f0x3FEFEFFFF7E0C331, double f0xBC6E05370170875A }, %struct.anon { double f0x3FF00FFFF465606E, double f0xBC8A7EAD491C0ADA }, %struct.anon { double f0x3FF02FFFF3867A58, double f0xBC977F69C3FCB2E0 }, %struct.anon { double f0x3FF04FFFFDFC0D17, double f0x3C97BFFE34CB945B }, %struct.anon { double f0x3FF0700003CD4D82, double f0x3C820083C0E456CB }, %struct.anon { double f0x3FF08FFFF9F2CBE8, double f0xBC6DFFDFBE37751A }, %struct.anon { double f0x3FF0B000010CDA65, double f0xBC913F7FAEE626EB }, %struct.anon { double f0x3FF0D00001A4D338, double f0x3C807DFA79489FF7 }, %struct.anon { double f0x3FF0EFFFFADAFDFD, double f0xBC77040570D66BC0 }, %struct.anon { double f0x3FF110000BBAFD96, double f0x3C8E80D4846D0B62 }, %struct.anon { double f0x3FF12FFFFAE5F45D, double f0x3C9DBFFA64FD36EF }, %struct.anon { double f0x3FF150000DD59AD9, double f0x3C9A0077701250AE }, %struct.anon { double f0x3FF170000F21559A, double f0x3C8DFDF9E2E3DEEE }, %struct.anon { double f0x3FF18FFFFC275426, double f0x3C910030DC3B7273 }, %struct.anon { double f0x3FF1B000123D3C59, double f0x3C997F7980030188 }, %struct.anon { double f0x3FF1CFFFF8299EB7, double f0xBC65F932AB9F8C67 }, %struct.anon { double f0x3FF1EFFFF48AD400, double f0x3C937FBF9DA75BEB }, %struct.anon { double f0x3FF210000C8B86A4, double f0x3C9F806B91FD5B22 }, %struct.anon { double f0x3FF2300003854303, double f0x3C93FFC2EB9FBF33 }, %struct.anon { double f0x3FF24FFFFFBCF684, double f0x3C7601E77E2E2E72 }, %struct.anon { double f0x3FF26FFFF52921D9, double f0x3C7FFCBB767F0C61 }, %struct.anon { double f0x3FF2900014933A3C, double f0xBC7202CA3C02412B }, %struct.anon { double f0x3FF2B00014556313, double f0xBC92808233F21F02 }, %struct.anon { double f0x3FF2CFFFEBFE523B, double f0xBC88FF7E384FDCF2 }, %struct.anon { double f0x3FF2F0000BB8AD96, double f0xBC85FF51503041C5 }, %struct.anon { double f0x3FF30FFFFB7AE2AF, double f0xBC810071885E289D }, %struct.anon { double f0x3FF32FFFFEAC5F7F, double f0xBC91FF5D3FB7B715 }, %struct.anon { double f0x3FF350000CA66756, double f0x3C957F82228B82BD }, %struct.anon { double f0x3FF3700011FBF721, double f0x3C8000BAC40DD5CC }, %struct.anon { double f0x3FF38FFFF9592FB9, double f0xBC943F9D2DB2A751 }, %struct.anon { double f0x3FF3B00004DDD242, double f0x3C857F6B707638E1 }, %struct.anon { double f0x3FF3CFFFF5B2C957, double f0x3C7A023A10BF1231 }, %struct.anon { double f0x3FF3EFFFEAB0B418, double f0x3C987F6D66B152B0 }, %struct.anon { double f0x3FF410001532AFF4, double f0x3C67F8375F198524 }, %struct.anon { double f0x3FF4300017478B29, double f0x3C8301E672DC5143 }, %struct.anon { double f0x3FF44FFFE795B463, double f0x3C89FF69B8B2895A }, %struct.anon { double f0x3FF46FFFE80475E0, double f0xBC95C0B19BC2F254 }, %struct.anon { double f0x3FF48FFFEF6FC1E7, double f0x3C9B4009F23A2A72 }, %struct.anon { double f0x3FF4AFFFE5BEA704, double f0xBC94FFB7BF0D7D45 }, %struct.anon { double f0x3FF4D000171027DE, double f0xBC99C06471DC6A3D }, %struct.anon { double f0x3FF4F0000FF03EE2, double f0x3C977F890B85531C }, %struct.anon { double f0x3FF5100012DC4BD1, double f0x3C6004657166A436 }, %struct.anon { double f0x3FF530001605277A, double f0xBC96BFCECE233209 }, %struct.anon { double f0x3FF54FFFECDB704C, double f0xBC8902720505A1D7 }, %struct.anon { double f0x3FF56FFFEF5F54A9, double f0x3C9BBFE60EC96412 }, %struct.anon { double f0x3FF5900017E61012, double f0x3C887EC581AFEF90 }, %struct.anon { double f0x3FF5B00003C93E92, double f0xBC9F41080ABF0CC0 }, %struct.anon { double f0x3FF5D0001D4919BC, double f0xBC98812AFB254729 }, %struct.anon { double f0x3FF5EFFFE7B87A89, double f0xBC947EB780ED6904 }] }, align 8
@__exp2f_data = internal local_unnamed_addr constant %struct.exp2f_data { [32 x i64] [i64 4607182418800017408, i64 4607140297302181236, i64 4607100335213349135, i64 4607062579818421073, i64 4607027079437701499, i64 4606993883449571754, i64 4606963042313658936, i64 4606934607594512097, i64 4606908631985796885, i64 4606885169335019979, i64 4606864274668794914, i64 4606846004218661165, i64 4606830415447468583, i64 4606817567076339586, i64 4606807519112221737, i64 4606800332876043653, i64 4606796071031487437, i64 4606794797614391156, i64 4606796578062795143, i64 4606801479247646227, i64 4606809569504174299, i64 4606820918663955941, i64 4606835598087680144, i64 4606853680698631517, i64 4606875241016906669, i64 4606900355194379847, i64 4606929101050434204, i64 4606961558108475497, i64 4606997807633245319, i64 4607037932668951391, i64 4607082018078232794, i64 4607130150581978432], double f0x42E8000000000000, [3 x double] [double f0x3FAC6AF84B912394, double f0x3FCEBFCE50FAC4F3, double f0x3FE62E42FF0C52D6], double f0x4338000000000000, double f0x40471547652B82FE, [3 x double] [double f0x3EBC6AF84B912394, double f0x3F2EBFCE50FAC4F3, double f0x3F962E42FF0C52D6] }, align 8
@__powf_log2_data = internal local_unnamed_addr constant %struct.powf_log2_data { [16 x %struct.anon] [%struct.anon { double f0x3FF661EC79F8F3BE, double f0xBFDEFEC65B963019 }, %struct.anon { double f0x3FF571ED4AAF883D, double f0xBFDB0B6832D4FCA4 }, %struct.anon { double f0x3FF49539F0F010B0, double f0xBFD7418B0A1FB77B }, %struct.anon { double f0x3FF3C995B0B80385, double f0xBFD39DE91A6DCF7B }, %struct.anon { double f0x3FF30D190C8864A5, double f0xBFD01D9BF3F2B631 }, %struct.anon { double f0x3FF25E227B0B8EA0, double f0xBFC97C1D1B3B7AF0 }, %struct.anon { double f0x3FF1BB4A4A1A343F, double f0xBFC2F9E393AF3C9F }, %struct.anon { double f0x3FF12358F08AE5BA, double f0xBFB960CBBF788D5C }, %struct.anon { double f0x3FF0953F419900A7, double f0xBFAA6F9DB6475FCE }, %struct.anon { double 1.000000e+00, double 0.000000e+00 }, %struct.anon { double f0x3FEE608CFD9A47AC, double f0x3FB338CA9F24F53D }, %struct.anon { double f0x3FECA4B31F026AA0, double f0x3FC476A9543891BA }, %struct.anon { double f0x3FEB2036576AFCE6, double f0x3FCE840B4AC4E4D2 }, %struct.anon { double f0x3FE9C2D163A1AA2D, double f0x3FD40645F0C6651C }, %struct.anon { double f0x3FE886E6037841ED, double f0x3FD88E9C2C1B9FF8 }, %struct.anon { double f0x3FE767DCF5534862, double f0x3FDCE0A44EB17BCC }], [5 x double] [double f0x3FD27616C9496E0B, double f0xBFD71969A075C67A, double f0x3FDEC70A6CA7BADD, double f0xBFE7154748BEF6C8, double f0x3FF71547652AB82B] }, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: write, target_mem: none)
define internal noundef i32 @"main$async_dispatch_0_elementwise"(ptr noalias nofree nonnull readnone align 16 captures(none) %0, ptr noalias nofree noundef nonnull readonly align 16 captures(none) %1, ptr noalias nofree nonnull readnone align 16 captures(none) %2) #0 !dbg !77 {
  %.elt19 = getelementptr inbounds nuw i8, ptr %1, i64 32, !dbg !91
  %.unpack20 = load ptr, ptr %.elt19, align 16, !dbg !91
  %4 = load ptr, ptr %.unpack20, align 8, !dbg !91
  call void @llvm.assume(i1 true) [ "align"(ptr %4, i64 64) ], !dbg !91
  %5 = getelementptr i8, ptr %.unpack20, i64 8, !dbg !92
  %6 = load ptr, ptr %5, align 8, !dbg !92
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !92
  %7 = getelementptr i8, ptr %.unpack20, i64 16, !dbg !93
  %8 = load ptr, ptr %7, align 8, !dbg !93
  call void @llvm.assume(i1 true) [ "align"(ptr %8, i64 64) ], !dbg !93
  %9 = load half, ptr %4, align 64, !dbg !94
  %10 = fsub contract half 3.000000e+00, %9, !dbg !95
  %11 = fcmp ole half %10, 1.000000e+00, !dbg !96
  %12 = uitofp i1 %11 to float, !dbg !97
  %13 = tail call float @llvm.fma.f32(float %12, float f0x3FB8AA3B, float 5.000000e-01), !dbg !88
  %14 = tail call float @llvm.floor.f32(float %13), !dbg !88
  %.inv = fcmp ogt float %14, 1.270000e+02, !dbg !88
  %15 = select i1 %.inv, float 1.270000e+02, float %14, !dbg !88
  %16 = tail call float @llvm.fma.f32(float %15, float f0xBF318000, float %12), !dbg !88
  %17 = tail call float @llvm.fma.f32(float %15, float f0x395E8083, float %16), !dbg !88
  %18 = tail call float @llvm.fma.f32(float %17, float f0x39506967, float f0x3AB743CE), !dbg !88
  %19 = tail call float @llvm.fma.f32(float %18, float %17, float f0x3C088908), !dbg !88
  %20 = tail call float @llvm.fma.f32(float %19, float %17, float f0x3D2AA9C1), !dbg !88
  %21 = tail call float @llvm.fma.f32(float %20, float %17, float f0x3E2AAAAA), !dbg !88
  %22 = tail call float @llvm.fma.f32(float %21, float %17, float 5.000000e-01), !dbg !88
  %23 = fmul contract float %17, %17, !dbg !88
  %24 = tail call float @llvm.fma.f32(float %22, float %23, float %17), !dbg !88
  %25 = fadd contract float %24, 1.000000e+00, !dbg !88
  %26 = fptosi float %15 to i32, !dbg !88
  %27 = shl i32 %26, 23, !dbg !88
  %28 = add i32 %27, 1065353216, !dbg !88
  %29 = bitcast i32 %28 to float, !dbg !88
  %30 = fmul contract float %25, %29, !dbg !88
  store half %10, ptr %6, align 64, !dbg !94
  store float %30, ptr %8, align 64, !dbg !94
  ret i32 0, !dbg !87
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: write, target_mem: none)
define internal noundef i32 @"main$async_dispatch_1_elementwise_broadcast_3_f16"(ptr noalias nofree nonnull readnone align 16 captures(none) %0, ptr noalias nofree noundef nonnull readonly align 16 captures(none) %1, ptr noalias nofree nonnull readnone align 16 captures(none) %2) #0 !dbg !80 {
  %.elt19 = getelementptr inbounds nuw i8, ptr %1, i64 32, !dbg !99
  %.unpack20 = load ptr, ptr %.elt19, align 16, !dbg !99
  %4 = load ptr, ptr %.unpack20, align 8, !dbg !99
  call void @llvm.assume(i1 true) [ "align"(ptr %4, i64 64) ], !dbg !99
  %5 = getelementptr i8, ptr %.unpack20, i64 8, !dbg !100
  %6 = load ptr, ptr %5, align 8, !dbg !100
  %7 = getelementptr i8, ptr %6, i64 64, !dbg !100
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !100
  %8 = load <1 x half>, ptr %4, align 64, !dbg !98
  %9 = shufflevector <1 x half> %8, <1 x half> poison, <3 x i32> zeroinitializer, !dbg !98
  store <3 x half> %9, ptr %7, align 64, !dbg !98
  ret i32 0, !dbg !101
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: write, target_mem: none)
define internal noundef i32 @"main$async_dispatch_2_elementwise"(ptr noalias nofree nonnull readnone align 16 captures(none) %0, ptr noalias nofree noundef nonnull readonly align 16 captures(none) %1, ptr noalias nofree nonnull readnone align 16 captures(none) %2) #0 !dbg !83 {
  %.elt19 = getelementptr inbounds nuw i8, ptr %1, i64 32, !dbg !105
  %.unpack20 = load ptr, ptr %.elt19, align 16, !dbg !105
  %4 = load ptr, ptr %.unpack20, align 8, !dbg !105
  call void @llvm.assume(i1 true) [ "align"(ptr %4, i64 64) ], !dbg !105
  %5 = getelementptr i8, ptr %.unpack20, i64 8, !dbg !106
  %6 = load ptr, ptr %5, align 8, !dbg !106
  %7 = getelementptr i8, ptr %6, i64 128, !dbg !106
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !106
  %8 = load half, ptr %4, align 64, !dbg !107
  %9 = fcmp ole half %8, 2.000000e+00, !dbg !108
  %10 = uitofp i1 %9 to float, !dbg !109
  %11 = tail call float @llvm.fma.f32(float %10, float f0x3FB8AA3B, float 5.000000e-01), !dbg !103
  %12 = tail call float @llvm.floor.f32(float %11), !dbg !103
  %.inv = fcmp ogt float %12, 1.270000e+02, !dbg !103
  %13 = select i1 %.inv, float 1.270000e+02, float %12, !dbg !103
  %14 = tail call float @llvm.fma.f32(float %13, float f0xBF318000, float %10), !dbg !103
  %15 = tail call float @llvm.fma.f32(float %13, float f0x395E8083, float %14), !dbg !103
  %16 = tail call float @llvm.fma.f32(float %15, float f0x39506967, float f0x3AB743CE), !dbg !103
  %17 = tail call float @llvm.fma.f32(float %16, float %15, float f0x3C088908), !dbg !103
  %18 = tail call float @llvm.fma.f32(float %17, float %15, float f0x3D2AA9C1), !dbg !103
  %19 = tail call float @llvm.fma.f32(float %18, float %15, float f0x3E2AAAAA), !dbg !103
  %20 = tail call float @llvm.fma.f32(float %19, float %15, float 5.000000e-01), !dbg !103
  %21 = fmul contract float %15, %15, !dbg !103
  %22 = tail call float @llvm.fma.f32(float %20, float %21, float %15), !dbg !103
  %23 = fadd contract float %22, 1.000000e+00, !dbg !103
  %24 = fptosi float %13 to i32, !dbg !103
  %25 = shl i32 %24, 23, !dbg !103
  %26 = add i32 %25, 1065353216, !dbg !103
  %27 = bitcast i32 %26 to float, !dbg !103
  %28 = fmul contract float %23, %27, !dbg !103
  store float %28, ptr %7, align 64, !dbg !107
  ret i32 0, !dbg !102
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: write, target_mem: none)
define internal noundef i32 @"main$async_dispatch_3_elementwise"(ptr noalias nofree nonnull readnone align 16 captures(none) %0, ptr noalias nofree noundef nonnull readonly align 16 captures(none) %1, ptr noalias nofree nonnull readnone align 16 captures(none) %2) #0 !dbg !86 {
  %.elt19 = getelementptr inbounds nuw i8, ptr %1, i64 32, !dbg !112
  %.unpack20 = load ptr, ptr %.elt19, align 16, !dbg !112
  %4 = load ptr, ptr %.unpack20, align 8, !dbg !112
  call void @llvm.assume(i1 true) [ "align"(ptr %4, i64 64) ], !dbg !112
  %5 = getelementptr i8, ptr %.unpack20, i64 8, !dbg !113
  %6 = load ptr, ptr %5, align 8, !dbg !113
  %7 = getelementptr i8, ptr %6, i64 192, !dbg !113
  call void @llvm.assume(i1 true) [ "align"(ptr %6, i64 64) ], !dbg !113
  %8 = load half, ptr %4, align 64, !dbg !114
  %9 = fadd contract half %8, 0.000000e+00, !dbg !115
  store half %9, ptr %7, align 64, !dbg !114
  ret i32 0, !dbg !110
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local dllexport ptr @iree_hal_executable_library_query(i32 %0, ptr nofree readnone captures(none) %1) local_unnamed_addr #3 {
entry:
  %2 = icmp eq i32 %0, 6
  %3 = select i1 %2, ptr @iree_hal_executable_library_query_v0, ptr null
  ret ptr %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal float @iree_h2f_ieee(i16 noundef signext %0) local_unnamed_addr #4 {
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
define internal signext i16 @iree_f2h_ieee(float noundef %0) local_unnamed_addr #4 {
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
define internal float @__gnu_h2f_ieee(i16 noundef signext %0) local_unnamed_addr #4 {
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
define internal float @__extendhfsf2(float noundef %0) local_unnamed_addr #4 {
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
define internal signext i16 @__gnu_f2h_ieee(float noundef %0) local_unnamed_addr #4 {
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
define internal float @__truncsfhf2(float noundef %0) local_unnamed_addr #4 {
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
  store i16 %35, ptr %2, align 4, !tbaa !124
  %.0..0..0..0. = load float, ptr %2, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  ret float %.0..0..0..0.
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal double @__extendhfdf2(float noundef %0) local_unnamed_addr #4 {
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
define internal float @__truncdfhf2(double noundef %0) local_unnamed_addr #4 {
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
  store i16 %36, ptr %2, align 4, !tbaa !124
  %.0..0..0..0. = load float, ptr %2, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  ret float %.0..0..0..0.
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef double @fma(double noundef %0, double noundef %1, double noundef %2) local_unnamed_addr #4 {
  %4 = tail call double @llvm.fmuladd.f64(double %0, double %1, double %2)
  ret double %4
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: write)
define internal noundef ptr @memset(ptr nofree noundef returned writeonly captures(ret: address, provenance) %0, i32 noundef %1, i64 noundef %2) local_unnamed_addr #7 {
  %4 = icmp eq i64 %2, 0
  br i1 %4, label %.loopexit, label %5

5:                                                ; preds = %3
  %6 = trunc i32 %1 to i8
  %7 = and i64 %2, 7
  %8 = icmp ult i64 %2, 8
  br i1 %8, label %13, label %9

9:                                                ; preds = %5
  %10 = and i64 %2, -8
  br label %23

11:                                               ; preds = %23
  %12 = icmp eq i64 %7, 0
  br i1 %12, label %.loopexit, label %13

13:                                               ; preds = %11, %5
  %14 = phi i64 [ 0, %5 ], [ %10, %11 ]
  %15 = icmp ne i64 %7, 0
  tail call void @llvm.assume(i1 %15)
  br label %16

16:                                               ; preds = %16, %13
  %17 = phi i64 [ %14, %13 ], [ %20, %16 ]
  %18 = phi i64 [ 0, %13 ], [ %21, %16 ]
  %19 = getelementptr inbounds nuw i8, ptr %0, i64 %17
  store i8 %6, ptr %19, align 1, !tbaa !127
  %20 = add nuw nsw i64 %17, 1
  %21 = add nuw nsw i64 %18, 1
  %22 = icmp eq i64 %21, %7
  br i1 %22, label %.loopexit, label %16, !llvm.loop !130

.loopexit:                                        ; preds = %16, %11, %3
  ret ptr %0

23:                                               ; preds = %23, %9
  %24 = phi i64 [ 0, %9 ], [ %26, %23 ]
  %25 = getelementptr inbounds nuw i8, ptr %0, i64 %24
  %26 = add nuw i64 %24, 8
  %27 = icmp eq i64 %26, %10
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(8) %25, i8 %6, i64 8, i1 false)
  br i1 %27, label %11, label %23, !llvm.loop !131
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal noundef ptr @memcpy(ptr noalias nofree noundef returned writeonly captures(ret: address, provenance) %0, ptr noalias nofree noundef readonly captures(none) %1, i64 noundef %2) local_unnamed_addr #8 {
  %4 = icmp eq i64 %2, 0
  br i1 %4, label %.loopexit, label %5

5:                                                ; preds = %3
  %6 = and i64 %2, 3
  %7 = icmp ult i64 %2, 4
  br i1 %7, label %12, label %8

8:                                                ; preds = %5
  %9 = and i64 %2, -4
  br label %24

10:                                               ; preds = %24
  %11 = icmp eq i64 %6, 0
  br i1 %11, label %.loopexit, label %12

12:                                               ; preds = %10, %5
  %13 = phi i64 [ 0, %5 ], [ %9, %10 ]
  %14 = icmp ne i64 %6, 0
  tail call void @llvm.assume(i1 %14)
  br label %15

15:                                               ; preds = %15, %12
  %16 = phi i64 [ %21, %15 ], [ %13, %12 ]
  %17 = phi i64 [ %22, %15 ], [ 0, %12 ]
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 %16
  %19 = load i8, ptr %18, align 1, !tbaa !127
  %20 = getelementptr inbounds nuw i8, ptr %0, i64 %16
  store i8 %19, ptr %20, align 1, !tbaa !127
  %21 = add nuw nsw i64 %16, 1
  %22 = add nuw nsw i64 %17, 1
  %23 = icmp eq i64 %22, %6
  br i1 %23, label %.loopexit, label %15, !llvm.loop !132

.loopexit:                                        ; preds = %15, %10, %3
  ret ptr %0

24:                                               ; preds = %24, %8
  %25 = phi i64 [ 0, %8 ], [ %41, %24 ]
  %26 = getelementptr inbounds nuw i8, ptr %1, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !127
  %28 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  store i8 %27, ptr %28, align 1, !tbaa !127
  %29 = or disjoint i64 %25, 1
  %30 = getelementptr inbounds nuw i8, ptr %1, i64 %29
  %31 = load i8, ptr %30, align 1, !tbaa !127
  %32 = getelementptr inbounds nuw i8, ptr %0, i64 %29
  store i8 %31, ptr %32, align 1, !tbaa !127
  %33 = or disjoint i64 %25, 2
  %34 = getelementptr inbounds nuw i8, ptr %1, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !127
  %36 = getelementptr inbounds nuw i8, ptr %0, i64 %33
  store i8 %35, ptr %36, align 1, !tbaa !127
  %37 = or disjoint i64 %25, 3
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !127
  %40 = getelementptr inbounds nuw i8, ptr %0, i64 %37
  store i8 %39, ptr %40, align 1, !tbaa !127
  %41 = add nuw i64 %25, 4
  %42 = icmp eq i64 %41, %9
  br i1 %42, label %10, label %24, !llvm.loop !133
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal noundef ptr @memmove(ptr nofree noundef returned writeonly captures(address, ret: address, provenance) %0, ptr nofree noundef readonly captures(address) %1, i64 noundef %2) local_unnamed_addr #8 {
  %4 = icmp ult ptr %0, %1
  %5 = icmp eq i64 %2, 0
  br i1 %4, label %20, label %6

6:                                                ; preds = %3
  br i1 %5, label %.loopexit, label %7

7:                                                ; preds = %6
  %8 = and i64 %2, 3
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %.loopexit6, label %.preheader5

.preheader5:                                      ; preds = %7, %.preheader5
  %10 = phi i64 [ %12, %.preheader5 ], [ %2, %7 ]
  %11 = phi i64 [ %16, %.preheader5 ], [ 0, %7 ]
  %12 = add i64 %10, -1
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 %12
  %14 = load i8, ptr %13, align 1, !tbaa !127
  %15 = getelementptr inbounds nuw i8, ptr %0, i64 %12
  store i8 %14, ptr %15, align 1, !tbaa !127
  %16 = add nuw nsw i64 %11, 1
  %17 = icmp eq i64 %16, %8
  br i1 %17, label %.loopexit6, label %.preheader5, !llvm.loop !134

.loopexit6:                                       ; preds = %.preheader5, %7
  %18 = phi i64 [ %2, %7 ], [ %12, %.preheader5 ]
  %19 = icmp ult i64 %2, 4
  br i1 %19, label %.loopexit, label %.preheader

20:                                               ; preds = %3
  br i1 %5, label %.loopexit, label %21

21:                                               ; preds = %20
  %22 = and i64 %2, 3
  %23 = icmp ult i64 %2, 4
  br i1 %23, label %65, label %24

24:                                               ; preds = %21
  %25 = and i64 %2, -4
  br label %26

26:                                               ; preds = %26, %24
  %27 = phi i64 [ 0, %24 ], [ %43, %26 ]
  %28 = getelementptr inbounds nuw i8, ptr %1, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !127
  %30 = getelementptr inbounds nuw i8, ptr %0, i64 %27
  store i8 %29, ptr %30, align 1, !tbaa !127
  %31 = or disjoint i64 %27, 1
  %32 = getelementptr inbounds nuw i8, ptr %1, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !127
  %34 = getelementptr inbounds nuw i8, ptr %0, i64 %31
  store i8 %33, ptr %34, align 1, !tbaa !127
  %35 = or disjoint i64 %27, 2
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !127
  %38 = getelementptr inbounds nuw i8, ptr %0, i64 %35
  store i8 %37, ptr %38, align 1, !tbaa !127
  %39 = or disjoint i64 %27, 3
  %40 = getelementptr inbounds nuw i8, ptr %1, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !127
  %42 = getelementptr inbounds nuw i8, ptr %0, i64 %39
  store i8 %41, ptr %42, align 1, !tbaa !127
  %43 = add nuw i64 %27, 4
  %44 = icmp eq i64 %43, %25
  br i1 %44, label %63, label %26, !llvm.loop !135

.preheader:                                       ; preds = %.loopexit6, %.preheader
  %45 = phi i64 [ %58, %.preheader ], [ %18, %.loopexit6 ]
  %46 = add i64 %45, -1
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !127
  %49 = getelementptr inbounds nuw i8, ptr %0, i64 %46
  store i8 %48, ptr %49, align 1, !tbaa !127
  %50 = add i64 %45, -2
  %51 = getelementptr inbounds nuw i8, ptr %1, i64 %50
  %52 = load i8, ptr %51, align 1, !tbaa !127
  %53 = getelementptr inbounds nuw i8, ptr %0, i64 %50
  store i8 %52, ptr %53, align 1, !tbaa !127
  %54 = add i64 %45, -3
  %55 = getelementptr inbounds nuw i8, ptr %1, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !127
  %57 = getelementptr inbounds nuw i8, ptr %0, i64 %54
  store i8 %56, ptr %57, align 1, !tbaa !127
  %58 = add i64 %45, -4
  %59 = getelementptr inbounds nuw i8, ptr %1, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !127
  %61 = getelementptr inbounds nuw i8, ptr %0, i64 %58
  store i8 %60, ptr %61, align 1, !tbaa !127
  %62 = icmp eq i64 %58, 0
  br i1 %62, label %.loopexit, label %.preheader, !llvm.loop !136

63:                                               ; preds = %26
  %64 = icmp eq i64 %22, 0
  br i1 %64, label %.loopexit, label %65

65:                                               ; preds = %63, %21
  %66 = phi i64 [ 0, %21 ], [ %25, %63 ]
  %67 = icmp ne i64 %22, 0
  tail call void @llvm.assume(i1 %67)
  br label %68

68:                                               ; preds = %68, %65
  %69 = phi i64 [ %74, %68 ], [ %66, %65 ]
  %70 = phi i64 [ %75, %68 ], [ 0, %65 ]
  %71 = getelementptr inbounds nuw i8, ptr %1, i64 %69
  %72 = load i8, ptr %71, align 1, !tbaa !127
  %73 = getelementptr inbounds nuw i8, ptr %0, i64 %69
  store i8 %72, ptr %73, align 1, !tbaa !127
  %74 = add nuw nsw i64 %69, 1
  %75 = add nuw nsw i64 %70, 1
  %76 = icmp eq i64 %75, %22
  br i1 %76, label %.loopexit, label %68, !llvm.loop !137

.loopexit:                                        ; preds = %.preheader, %68, %.loopexit6, %63, %6, %20
  ret ptr %0
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal double @__math_divzero(i32 noundef %0) local_unnamed_addr #9 {
  %2 = alloca double, align 8
  %.not = icmp eq i32 %0, 0
  %3 = select i1 %.not, double 1.000000e+00, double -1.000000e+00
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile double %3, ptr %2, align 8, !tbaa !140
  %.0..0..0..0..0..0..0..0..0..0..i = load volatile double, ptr %2, align 8, !tbaa !140
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %4 = fdiv double %.0..0..0..0..0..0..0..0..0..0..i, 0.000000e+00
  ret double %4
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef double @__math_invalid(double noundef %0) local_unnamed_addr #10 {
  %2 = fsub double %0, %0
  %3 = fdiv double %2, %2
  ret double %3
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef float @__math_invalidf(float noundef %0) local_unnamed_addr #10 {
  %2 = fsub float %0, %0
  %3 = fdiv float %2, %2
  ret float %3
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal double @__math_oflow(i32 noundef %0) local_unnamed_addr #9 {
  %2 = alloca double, align 8
  %.not.i = icmp eq i32 %0, 0
  %3 = select i1 %.not.i, double f0x7000000000000000, double f0xF000000000000000
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile double %3, ptr %2, align 8, !tbaa !140
  %.0..0..0..0..0..0..0..0..0..0..0..0..i.i = load volatile double, ptr %2, align 8, !tbaa !140
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %4 = fmul double %.0..0..0..0..0..0..0..0..0..0..0..0..i.i, f0x7000000000000000
  ret double %4
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal double @__math_xflow(i32 noundef %0, double noundef %1) local_unnamed_addr #9 {
  %3 = alloca double, align 8
  %.not = icmp eq i32 %0, 0
  %4 = fneg double %1
  %5 = select i1 %.not, double %1, double %4
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile double %5, ptr %3, align 8, !tbaa !140
  %.0..0..0..0..0..0..0..0..0..0..i = load volatile double, ptr %3, align 8, !tbaa !140
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %6 = fmul double %1, %.0..0..0..0..0..0..0..0..0..0..i
  ret double %6
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal float @__math_oflowf(i32 noundef %0) local_unnamed_addr #9 {
  %2 = alloca float, align 4
  %.not.i = icmp eq i32 %0, 0
  %3 = select i1 %.not.i, float f0x70000000, float f0xF0000000
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile float %3, ptr %2, align 4, !tbaa !126
  %.0..0..0..0..0..0..0..0..0..0..0..0..i.i = load volatile float, ptr %2, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %4 = fmul float %.0..0..0..0..0..0..0..0..0..0..0..0..i.i, f0x70000000
  ret float %4
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal float @__math_xflowf(i32 noundef %0, float noundef %1) local_unnamed_addr #9 {
  %3 = alloca float, align 4
  %.not = icmp eq i32 %0, 0
  %4 = fneg float %1
  %5 = select i1 %.not, float %1, float %4
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile float %5, ptr %3, align 4, !tbaa !126
  %.0..0..0..0..0..0..0..0..0..0..i = load volatile float, ptr %3, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %6 = fmul float %1, %.0..0..0..0..0..0..0..0..0..0..i
  ret float %6
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal double @__math_uflow(i32 noundef %0) local_unnamed_addr #9 {
  %2 = alloca double, align 8
  %.not.i = icmp eq i32 %0, 0
  %3 = select i1 %.not.i, double f0x1000000000000000, double f0x9000000000000000
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile double %3, ptr %2, align 8, !tbaa !140
  %.0..0..0..0..0..0..0..0..0..0..0..0..i.i = load volatile double, ptr %2, align 8, !tbaa !140
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %4 = fmul double %.0..0..0..0..0..0..0..0..0..0..0..0..i.i, f0x1000000000000000
  ret double %4
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal float @__math_uflowf(i32 noundef %0) local_unnamed_addr #9 {
  %2 = alloca float, align 4
  %.not.i = icmp eq i32 %0, 0
  %3 = select i1 %.not.i, float f0x10000000, float f0x90000000
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile float %3, ptr %2, align 4, !tbaa !126
  %.0..0..0..0..0..0..0..0..0..0..0..0..i.i = load volatile float, ptr %2, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %4 = fmul float %.0..0..0..0..0..0..0..0..0..0..0..0..i.i, f0x10000000
  ret float %4
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal float @ceilf(float noundef %0) local_unnamed_addr #9 {
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
  store volatile float %16, ptr %3, align 4, !tbaa !126
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
  store volatile float %24, ptr %2, align 4, !tbaa !126
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

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal double @exp(double noundef %0) local_unnamed_addr #9 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = bitcast double %0 to i64
  %5 = lshr i64 %4, 52
  %6 = trunc nuw nsw i64 %5 to i32
  %7 = and i32 %6, 2047
  %8 = add nsw i32 %7, -969
  %.not = icmp ult i32 %8, 63
  br i1 %.not, label %24, label %9, !prof !141

9:                                                ; preds = %1
  %10 = icmp samesign ult i32 %7, 969
  br i1 %10, label %11, label %13

11:                                               ; preds = %9
  %12 = fadd double %0, 1.000000e+00
  br label %52

13:                                               ; preds = %9
  %.not46 = icmp samesign ult i32 %7, 1033
  br i1 %.not46, label %24, label %14

14:                                               ; preds = %13
  %15 = icmp eq i64 %4, -4503599627370496
  br i1 %15, label %52, label %16

16:                                               ; preds = %14
  %.not47.not = icmp eq i32 %7, 2047
  br i1 %.not47.not, label %17, label %19

17:                                               ; preds = %16
  %18 = fadd double %0, 1.000000e+00
  br label %52

19:                                               ; preds = %16
  %.not48 = icmp sgt i64 %4, -1
  br i1 %.not48, label %22, label %20

20:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile double f0x1000000000000000, ptr %3, align 8, !tbaa !140
  %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i = load volatile double, ptr %3, align 8, !tbaa !140
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %21 = fmul double %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i, f0x1000000000000000
  br label %52

22:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile double f0x7000000000000000, ptr %2, align 8, !tbaa !140
  %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i3 = load volatile double, ptr %2, align 8, !tbaa !140
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %23 = fmul double %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i3, f0x7000000000000000
  br label %52

24:                                               ; preds = %13, %1
  %.043 = phi i32 [ %7, %1 ], [ 0, %13 ]
  %25 = fmul double %0, f0x40671547652B82FE
  %26 = fadd double %25, f0x4338000000000000
  %27 = bitcast double %26 to i64
  %28 = fadd double %26, f0xC338000000000000
  %29 = tail call double @llvm.fmuladd.f64(double %28, double f0xBF762E42FEFA0000, double %0)
  %30 = tail call double @llvm.fmuladd.f64(double %28, double f0xBD0CF79ABC9E3B3A, double %29)
  %31 = shl i64 %27, 1
  %32 = and i64 %31, 254
  %33 = shl i64 %27, 45
  %34 = getelementptr inbounds nuw [8 x i8], ptr getelementptr inbounds nuw (i8, ptr @__exp_data, i64 112), i64 %32
  %35 = load double, ptr %34, align 8, !tbaa !143
  %36 = getelementptr inbounds nuw i8, ptr %34, i64 8
  %37 = load i64, ptr %36, align 8, !tbaa !143
  %38 = add i64 %37, %33
  %39 = fmul double %30, %30
  %40 = fadd double %30, %35
  %41 = tail call double @llvm.fmuladd.f64(double %30, double f0x3FC555555555543C, double f0x3FDFFFFFFFFFFDBD)
  %42 = tail call double @llvm.fmuladd.f64(double %39, double %41, double %40)
  %43 = fmul double %39, %39
  %44 = tail call double @llvm.fmuladd.f64(double %30, double f0x3F81111167A4D017, double f0x3FA55555CF172B91)
  %45 = tail call double @llvm.fmuladd.f64(double %43, double %44, double %42)
  %46 = icmp eq i32 %.043, 0
  br i1 %46, label %47, label %49, !prof !144

47:                                               ; preds = %24
  %48 = tail call fastcc double @specialcase(double noundef %45, i64 noundef %38, i64 noundef %27) #14
  br label %52

49:                                               ; preds = %24
  %50 = bitcast i64 %38 to double
  %51 = tail call double @llvm.fmuladd.f64(double %50, double %45, double %50)
  br label %52

52:                                               ; preds = %49, %47, %22, %20, %17, %14, %11
  %.0 = phi double [ %12, %11 ], [ %51, %49 ], [ %18, %17 ], [ %21, %20 ], [ %23, %22 ], [ %48, %47 ], [ 0.000000e+00, %14 ]
  ret double %.0
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal fastcc double @specialcase(double noundef %0, i64 noundef %1, i64 noundef %2) unnamed_addr #9 {
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
  store volatile double f0x0010000000000000, ptr %5, align 8, !tbaa !140
  %.0..0..0..0..0..0..0..0..0..0..i = load volatile double, ptr %5, align 8, !tbaa !140
  call void @llvm.lifetime.end.p0(ptr nonnull %5)
  %28 = fmul double %.0..0..0..0..0..0..0..0..0..0..i, f0x0010000000000000
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store volatile double %28, ptr %4, align 8, !tbaa !140
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

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal float @expf(float noundef %0) local_unnamed_addr #9 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = fpext float %0 to double
  %5 = bitcast float %0 to i32
  %6 = lshr i32 %5, 20
  %7 = and i32 %6, 2047
  %.not = icmp samesign ult i32 %7, 1067
  br i1 %.not, label %21, label %8, !prof !141

8:                                                ; preds = %1
  %9 = fcmp oeq float %0, -inf
  br i1 %9, label %39, label %10

10:                                               ; preds = %8
  %.not34 = icmp samesign ult i32 %7, 2040
  br i1 %.not34, label %13, label %11

11:                                               ; preds = %10
  %12 = fadd float %0, %0
  br label %39

13:                                               ; preds = %10
  %14 = fcmp ogt float %0, f0x42B17217
  br i1 %14, label %15, label %17

15:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile float f0x70000000, ptr %3, align 4, !tbaa !126
  %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i = load volatile float, ptr %3, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %16 = fmul float %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i, f0x70000000
  br label %39

17:                                               ; preds = %13
  %18 = fcmp olt float %0, f0xC2CFF1B4
  br i1 %18, label %19, label %21

19:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile float f0x10000000, ptr %2, align 4, !tbaa !126
  %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i3 = load volatile float, ptr %2, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %20 = fmul float %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i3, f0x10000000
  br label %39

21:                                               ; preds = %17, %1
  %22 = fmul double %4, f0x40471547652B82FE
  %23 = fadd double %22, f0x4338000000000000
  %24 = bitcast double %23 to i64
  %25 = fadd double %23, f0xC338000000000000
  %26 = fsub double %22, %25
  %27 = and i64 %24, 31
  %28 = getelementptr inbounds nuw [8 x i8], ptr @__exp2f_data, i64 %27
  %29 = load i64, ptr %28, align 8, !tbaa !143
  %30 = shl i64 %24, 47
  %31 = add i64 %29, %30
  %32 = bitcast i64 %31 to double
  %33 = tail call double @llvm.fmuladd.f64(double %26, double f0x3EBC6AF84B912394, double f0x3F2EBFCE50FAC4F3)
  %34 = fmul double %26, %26
  %35 = tail call double @llvm.fmuladd.f64(double %26, double f0x3F962E42FF0C52D6, double 1.000000e+00)
  %36 = tail call double @llvm.fmuladd.f64(double %33, double %34, double %35)
  %37 = fmul double %36, %32
  %38 = fptrunc double %37 to float
  br label %39

39:                                               ; preds = %21, %19, %15, %11, %8
  %.0 = phi float [ %38, %21 ], [ %12, %11 ], [ %16, %15 ], [ %20, %19 ], [ 0.000000e+00, %8 ]
  ret float %.0
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef i32 @feclearexcept(i32 noundef %0) local_unnamed_addr #10 {
  ret i32 0
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef i32 @feraiseexcept(i32 noundef %0) local_unnamed_addr #10 {
  ret i32 0
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef i32 @fetestexcept(i32 noundef %0) local_unnamed_addr #10 {
  ret i32 0
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef i32 @fegetround() local_unnamed_addr #10 {
  ret i32 0
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef i32 @__fesetround(i32 noundef %0) local_unnamed_addr #10 {
  ret i32 0
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef i32 @fegetenv(ptr nofree noundef readnone captures(none) %0) local_unnamed_addr #10 {
  ret i32 0
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef i32 @fesetenv(ptr nofree noundef readnone captures(none) %0) local_unnamed_addr #10 {
  ret i32 0
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal double @floor(double noundef %0) local_unnamed_addr #9 {
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
  store volatile double %.0, ptr %2, align 8, !tbaa !140
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

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal float @floorf(float noundef %0) local_unnamed_addr #9 {
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
  store volatile float %16, ptr %3, align 4, !tbaa !126
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
  store volatile float %23, ptr %2, align 4, !tbaa !126
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

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal float @fmaf(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #10 {
  %4 = fpext float %0 to double
  %5 = fpext float %1 to double
  %6 = fmul double %4, %5
  %7 = fpext float %2 to double
  %8 = fadd double %6, %7
  %9 = bitcast double %8 to i64
  %10 = and i64 %9, 536870911
  %11 = icmp ne i64 %10, 268435456
  %12 = and i64 %9, 9218868437227405312
  %13 = icmp eq i64 %12, 9218868437227405312
  %or.cond = or i1 %11, %13
  br i1 %or.cond, label %31, label %14

14:                                               ; preds = %3
  %15 = fsub double %8, %6
  %16 = fcmp oeq double %15, %7
  %17 = fsub double %8, %7
  %18 = fcmp oeq double %17, %6
  %or.cond44 = and i1 %16, %18
  br i1 %or.cond44, label %31, label %19

19:                                               ; preds = %14
  %20 = icmp slt i64 %9, 0
  %21 = fcmp uge double %6, %7
  %22 = xor i1 %21, %20
  %23 = fsub double %6, %8
  %24 = fadd double %23, %7
  %25 = fsub double %7, %8
  %26 = fadd double %6, %25
  %.0 = select i1 %22, double %24, double %26
  %27 = fcmp uge double %.0, 0.000000e+00
  %28 = xor i1 %20, %27
  %29 = or disjoint i64 %9, 1
  %30 = add nsw i64 %9, -1
  %.sroa.0.0.in = select i1 %28, i64 %29, i64 %30
  %.sroa.0.0 = bitcast i64 %.sroa.0.0.in to double
  br label %31

31:                                               ; preds = %3, %14, %19
  %.039.in = phi double [ %.sroa.0.0, %19 ], [ %8, %14 ], [ %8, %3 ]
  %.039 = fptrunc double %.039.in to float
  ret float %.039
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(none)
define internal float @fmodf(float noundef %0, float noundef %1) local_unnamed_addr #11 {
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

.lr.ph:                                           ; preds = %26, %.lr.ph
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

.lr.ph90:                                         ; preds = %38, %.lr.ph90
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

.lr.ph96:                                         ; preds = %49, %57
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

.lr.ph103:                                        ; preds = %67, %.lr.ph103
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

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #6

; Function Attrs: inlinehint nofree nosync nounwind memory(argmem: readwrite)
define internal float @frexpf(float noundef %0, ptr nofree noundef captures(none) %1) local_unnamed_addr #12 {
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
  %9 = tail call float @frexpf(float noundef %8, ptr noundef %1) #14
  %10 = load i32, ptr %1, align 4, !tbaa !156
  %11 = add nsw i32 %10, -64
  br label %12

12:                                               ; preds = %7, %5
  %storemerge = phi i32 [ %11, %7 ], [ 0, %5 ]
  %.014 = phi float [ %9, %7 ], [ %0, %5 ]
  store i32 %storemerge, ptr %1, align 4, !tbaa !156
  br label %19

13:                                               ; preds = %2
  %14 = and i32 %4, 255
  %15 = add nsw i32 %14, -126
  store i32 %15, ptr %1, align 4, !tbaa !156
  %16 = and i32 %3, -2139095041
  %17 = or disjoint i32 %16, 1056964608
  %18 = bitcast i32 %17 to float
  br label %19

19:                                               ; preds = %13, %12, %2
  %.0 = phi float [ %.014, %12 ], [ %18, %13 ], [ %0, %2 ]
  ret float %.0
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal float @ldexpf(float noundef %0, i32 noundef %1) local_unnamed_addr #10 {
  %3 = icmp sgt i32 %1, 127
  br i1 %3, label %4, label %11

4:                                                ; preds = %2
  %5 = fmul float %0, f0x7F000000
  %6 = add nsw i32 %1, -127
  %7 = icmp samesign ugt i32 %1, 254
  br i1 %7, label %8, label %scalbnf.exit

8:                                                ; preds = %4
  %9 = fmul float %5, f0x7F000000
  %10 = tail call i32 @llvm.umin.i32(i32 %1, i32 381)
  %spec.store.select.i = add nsw i32 %10, -254
  br label %scalbnf.exit

11:                                               ; preds = %2
  %12 = icmp slt i32 %1, -126
  br i1 %12, label %13, label %scalbnf.exit

13:                                               ; preds = %11
  %14 = fmul float %0, f0x0C800000
  %15 = add nuw nsw i32 %1, 102
  %16 = icmp samesign ult i32 %1, -228
  br i1 %16, label %17, label %scalbnf.exit

17:                                               ; preds = %13
  %18 = fmul float %14, f0x0C800000
  %19 = tail call i32 @llvm.umax.i32(i32 %1, i32 -330)
  %spec.store.select1.i = add nuw nsw i32 %19, 204
  br label %scalbnf.exit

scalbnf.exit:                                     ; preds = %4, %8, %11, %13, %17
  %.018.i = phi i32 [ %spec.store.select.i, %8 ], [ %6, %4 ], [ %spec.store.select1.i, %17 ], [ %15, %13 ], [ %1, %11 ]
  %.0.i = phi float [ %9, %8 ], [ %5, %4 ], [ %18, %17 ], [ %14, %13 ], [ %0, %11 ]
  %20 = shl nsw i32 %.018.i, 23
  %21 = add nsw i32 %20, 1065353216
  %22 = bitcast i32 %21 to float
  %23 = fmul float %.0.i, %22
  ret float %23
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal float @scalbnf(float noundef %0, i32 noundef %1) local_unnamed_addr #10 {
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

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #6

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal double @log(double noundef %0) local_unnamed_addr #9 {
  %2 = alloca double, align 8
  %3 = bitcast double %0 to i64
  %4 = lshr i64 %3, 48
  %5 = trunc nuw nsw i64 %4 to i32
  %6 = add i64 %3, -4606619468846596096
  %7 = icmp ult i64 %6, 854320534781952
  br i1 %7, label %8, label %38, !prof !144

8:                                                ; preds = %1
  %9 = icmp eq i64 %3, 4607182418800017408
  br i1 %9, label %91, label %10, !prof !144

10:                                               ; preds = %8
  %11 = fadd double %0, -1.000000e+00
  %12 = fmul double %11, %11
  %13 = fmul double %11, %12
  %14 = tail call double @llvm.fmuladd.f64(double %11, double f0xBFCFFFFFFFFFFDCB, double f0x3FD5555555555577)
  %15 = tail call double @llvm.fmuladd.f64(double %12, double f0x3FC999999995DD0C, double %14)
  %16 = tail call double @llvm.fmuladd.f64(double %11, double f0x3FC24924A344DE30, double f0xBFC55555556745A7)
  %17 = tail call double @llvm.fmuladd.f64(double %12, double f0xBFBFFFFFA4423D65, double %16)
  %18 = tail call double @llvm.fmuladd.f64(double %11, double f0xBFB999EB43B068FF, double f0x3FBC7184282AD6CA)
  %19 = tail call double @llvm.fmuladd.f64(double %12, double f0x3FB78182F7AFD085, double %18)
  %20 = tail call double @llvm.fmuladd.f64(double %13, double f0xBFB5521375D145CD, double %19)
  %21 = tail call double @llvm.fmuladd.f64(double %13, double %20, double %17)
  %22 = tail call double @llvm.fmuladd.f64(double %13, double %21, double %15)
  %23 = fmul double %13, %22
  %24 = fmul double %11, f0x41A0000000000000
  %25 = fadd double %11, %24
  %26 = fsub double %25, %24
  %27 = fsub double %11, %26
  %28 = fmul double %26, %26
  %29 = fmul double %28, -5.000000e-01
  %30 = fadd double %11, %29
  %31 = fsub double %11, %30
  %32 = fadd double %29, %31
  %33 = fmul double %27, -5.000000e-01
  %34 = fadd double %11, %26
  %35 = tail call double @llvm.fmuladd.f64(double %33, double %34, double %32)
  %36 = fadd double %23, %35
  %37 = fadd double %30, %36
  br label %91

38:                                               ; preds = %1
  %39 = add nsw i32 %5, -32752
  %40 = icmp ult i32 %39, -32736
  br i1 %40, label %41, label %57, !prof !144

41:                                               ; preds = %38
  %42 = fcmp oeq double %0, 0.000000e+00
  br i1 %42, label %43, label %45

43:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr nonnull %2)
  store volatile double -1.000000e+00, ptr %2, align 8, !tbaa !140
  %.0..0..0..0..0..0..0..0..0..0..0..0..i.i = load volatile double, ptr %2, align 8, !tbaa !140
  call void @llvm.lifetime.end.p0(ptr nonnull %2)
  %44 = fdiv double %.0..0..0..0..0..0..0..0..0..0..0..0..i.i, 0.000000e+00
  br label %91

45:                                               ; preds = %41
  %46 = icmp eq i64 %3, 9218868437227405312
  br i1 %46, label %91, label %47

47:                                               ; preds = %45
  %.not = icmp slt i64 %3, 0
  %48 = and i32 %5, 32752
  %49 = icmp eq i32 %48, 32752
  %or.cond = or i1 %.not, %49
  br i1 %or.cond, label %50, label %53

50:                                               ; preds = %47
  %51 = fsub double %0, %0
  %52 = fdiv double %51, %51
  br label %91

53:                                               ; preds = %47
  %54 = fmul double %0, f0x4330000000000000
  %55 = bitcast double %54 to i64
  %56 = add i64 %55, -234187180623265792
  br label %57

57:                                               ; preds = %53, %38
  %.089 = phi i64 [ %56, %53 ], [ %3, %38 ]
  %58 = add i64 %.089, -4604367669032910848
  %59 = lshr i64 %58, 45
  %60 = and i64 %59, 127
  %61 = ashr i64 %58, 52
  %62 = trunc nsw i64 %61 to i32
  %63 = and i64 %58, -4503599627370496
  %64 = sub i64 %.089, %63
  %65 = getelementptr inbounds nuw [16 x i8], ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 144), i64 %60
  %66 = load double, ptr %65, align 8, !tbaa !147
  %67 = getelementptr inbounds nuw i8, ptr %65, i64 8
  %68 = load double, ptr %67, align 8, !tbaa !148
  %69 = bitcast i64 %64 to double
  %70 = getelementptr inbounds nuw [16 x i8], ptr getelementptr inbounds nuw (i8, ptr @__log_data, i64 2192), i64 %60
  %71 = load double, ptr %70, align 8, !tbaa !147
  %72 = fsub double %69, %71
  %73 = getelementptr inbounds nuw i8, ptr %70, i64 8
  %74 = load double, ptr %73, align 8, !tbaa !148
  %75 = fsub double %72, %74
  %76 = fmul double %66, %75
  %77 = sitofp i32 %62 to double
  %78 = tail call double @llvm.fmuladd.f64(double %77, double f0x3FE62E42FEFA3800, double %68)
  %79 = fadd double %78, %76
  %80 = fsub double %78, %79
  %81 = fadd double %76, %80
  %82 = tail call double @llvm.fmuladd.f64(double %77, double f0x3D2EF35793C76730, double %81)
  %83 = fmul double %76, %76
  %84 = tail call double @llvm.fmuladd.f64(double %83, double f0xBFE0000000000001, double %82)
  %85 = fmul double %76, %83
  %86 = tail call double @llvm.fmuladd.f64(double %76, double f0xBFCFFFFFFFEB4590, double f0x3FD555555551305B)
  %87 = tail call double @llvm.fmuladd.f64(double %76, double f0xBFC55575E506C89F, double f0x3FC999B324F10111)
  %88 = tail call double @llvm.fmuladd.f64(double %83, double %87, double %86)
  %89 = tail call double @llvm.fmuladd.f64(double %85, double %88, double %84)
  %90 = fadd double %79, %89
  br label %91

91:                                               ; preds = %57, %50, %45, %43, %10, %8
  %.0 = phi double [ %90, %57 ], [ %37, %10 ], [ %44, %43 ], [ 0.000000e+00, %8 ], [ %52, %50 ], [ %0, %45 ]
  ret double %.0
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal float @powf(float noundef %0, float noundef %1) local_unnamed_addr #9 {
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = bitcast float %0 to i32
  %7 = bitcast float %1 to i32
  %8 = add i32 %6, -2139095040
  %9 = icmp ult i32 %8, -2130706432
  %.pre = shl i32 %7, 1
  %10 = add i32 %.pre, 16777216
  %11 = icmp ult i32 %10, 16777217
  %or.cond98 = or i1 %9, %11
  br i1 %or.cond98, label %.critedge, label %76, !prof !160

.critedge:                                        ; preds = %2
  %12 = add i32 %.pre, -1
  %13 = icmp ult i32 %12, -16777217
  br i1 %13, label %30, label %14, !prof !141

14:                                               ; preds = %.critedge
  %15 = icmp eq i32 %.pre, 0
  %16 = icmp eq i32 %6, 1065353216
  %or.cond70 = or i1 %16, %15
  br i1 %or.cond70, label %134, label %17

17:                                               ; preds = %14
  %18 = shl i32 %6, 1
  %19 = icmp ugt i32 %18, -16777216
  %20 = icmp samesign ugt i32 %.pre, -16777216
  %or.cond = or i1 %19, %20
  br i1 %or.cond, label %21, label %23

21:                                               ; preds = %17
  %22 = fadd float %0, %1
  br label %134

23:                                               ; preds = %17
  %24 = icmp eq i32 %18, 2130706432
  br i1 %24, label %134, label %25

25:                                               ; preds = %23
  %26 = icmp ult i32 %18, 2130706432
  %27 = icmp slt i32 %7, 0
  %28 = xor i1 %26, %27
  %29 = fmul float %1, %1
  %spec.select71 = select i1 %28, float 0.000000e+00, float %29
  br label %134

30:                                               ; preds = %.critedge
  %31 = shl i32 %6, 1
  %32 = add i32 %31, -1
  %33 = icmp ult i32 %32, -16777217
  br i1 %33, label %49, label %34, !prof !141

34:                                               ; preds = %30
  %35 = fmul float %0, %0
  %.not66 = icmp sgt i32 %6, -1
  br i1 %.not66, label %checkint.exit.thread, label %36

36:                                               ; preds = %34
  %37 = lshr i32 %7, 23
  %38 = and i32 %37, 255
  %39 = add nsw i32 %38, -151
  %or.cond92 = icmp ult i32 %39, -24
  br i1 %or.cond92, label %checkint.exit.thread, label %40

40:                                               ; preds = %36
  %41 = sub nuw nsw i32 150, %38
  %42 = shl nuw nsw i32 1, %41
  %43 = add nsw i32 %42, -1
  %44 = and i32 %43, %7
  %.not.i = icmp ne i32 %44, 0
  %45 = and i32 %42, %7
  %.not9.i = icmp eq i32 %45, 0
  %or.cond93 = or i1 %.not9.i, %.not.i
  %46 = fneg float %35
  %spec.select = select i1 %or.cond93, float %35, float %46
  br label %checkint.exit.thread

checkint.exit.thread:                             ; preds = %40, %36, %34
  %.056 = phi float [ %35, %34 ], [ %35, %36 ], [ %spec.select, %40 ]
  %.not67 = icmp sgt i32 %7, -1
  br i1 %.not67, label %134, label %47

47:                                               ; preds = %checkint.exit.thread
  %48 = fdiv float 1.000000e+00, %.056
  call void @llvm.lifetime.start.p0(ptr nonnull %5)
  store volatile float %48, ptr %5, align 4, !tbaa !126
  %.0..0..0..0..0..0..0..0..0..0..i = load volatile float, ptr %5, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %5)
  br label %134

49:                                               ; preds = %30
  %.not64 = icmp sgt i32 %6, -1
  br i1 %.not64, label %69, label %50

50:                                               ; preds = %49
  %51 = lshr i32 %7, 23
  %52 = and i32 %51, 255
  %53 = icmp samesign ult i32 %52, 127
  br i1 %53, label %.thread, label %54

54:                                               ; preds = %50
  %55 = icmp samesign ugt i32 %52, 150
  br i1 %55, label %checkint.exit76.thread85, label %56

56:                                               ; preds = %54
  %57 = sub nuw nsw i32 150, %52
  %58 = shl nuw nsw i32 1, %57
  %59 = add nsw i32 %58, -1
  %60 = and i32 %59, %7
  %.not.i72 = icmp eq i32 %60, 0
  br i1 %.not.i72, label %61, label %.thread

61:                                               ; preds = %56
  %62 = and i32 %58, %7
  %.not9.i74 = icmp eq i32 %62, 0
  br i1 %.not9.i74, label %checkint.exit76.thread85, label %65

.thread:                                          ; preds = %56, %50
  %63 = fsub float %0, %0
  %64 = fdiv float %63, %63
  br label %134

checkint.exit76.thread85:                         ; preds = %61, %54
  br label %65

65:                                               ; preds = %checkint.exit76.thread85, %61
  %66 = phi i32 [ 0, %checkint.exit76.thread85 ], [ 65536, %61 ]
  %67 = tail call float @llvm.fabs.f32(float %0)
  %68 = bitcast float %67 to i32
  br label %69

69:                                               ; preds = %65, %49
  %.154 = phi i32 [ %68, %65 ], [ %6, %49 ]
  %.252 = phi i32 [ %66, %65 ], [ 0, %49 ]
  %70 = icmp ult i32 %.154, 8388608
  br i1 %70, label %71, label %76

71:                                               ; preds = %69
  %72 = fmul float %0, f0x4B000000
  %73 = tail call float @llvm.fabs.f32(float %72)
  %74 = bitcast float %73 to i32
  %75 = add nsw i32 %74, -192937984
  br label %76

76:                                               ; preds = %71, %69, %2
  %.255 = phi i32 [ %75, %71 ], [ %.154, %69 ], [ %6, %2 ]
  %.3 = phi i32 [ %.252, %71 ], [ %.252, %69 ], [ 0, %2 ]
  %77 = add i32 %.255, -1060306944
  %78 = lshr i32 %77, 19
  %79 = and i32 %78, 15
  %80 = and i32 %77, -8388608
  %81 = sub i32 %.255, %80
  %82 = ashr i32 %77, 23
  %83 = zext nneg i32 %79 to i64
  %84 = getelementptr inbounds nuw [16 x i8], ptr @__powf_log2_data, i64 %83
  %85 = load double, ptr %84, align 8, !tbaa !147
  %86 = getelementptr inbounds nuw i8, ptr %84, i64 8
  %87 = load double, ptr %86, align 8, !tbaa !148
  %88 = bitcast i32 %81 to float
  %89 = fpext float %88 to double
  %90 = tail call double @llvm.fmuladd.f64(double %89, double %85, double -1.000000e+00)
  %91 = sitofp i32 %82 to double
  %92 = fadd double %87, %91
  %93 = fmul double %90, %90
  %94 = tail call double @llvm.fmuladd.f64(double %90, double f0x3FD27616C9496E0B, double f0xBFD71969A075C67A)
  %95 = tail call double @llvm.fmuladd.f64(double %90, double f0x3FDEC70A6CA7BADD, double f0xBFE7154748BEF6C8)
  %96 = fmul double %93, %93
  %97 = tail call double @llvm.fmuladd.f64(double %90, double f0x3FF71547652AB82B, double %92)
  %98 = tail call double @llvm.fmuladd.f64(double %95, double %93, double %97)
  %99 = tail call double @llvm.fmuladd.f64(double %94, double %96, double %98)
  %100 = fpext float %1 to double
  %101 = fmul double %99, %100
  %102 = bitcast double %101 to i64
  %103 = and i64 %102, 9223231299366420480
  %104 = icmp samesign ugt i64 %103, 4638426141214900224
  br i1 %104, label %105, label %115, !prof !144

105:                                              ; preds = %76
  %106 = fcmp ogt double %101, f0x405FFFFFFFD1D571
  br i1 %106, label %107, label %110

107:                                              ; preds = %105
  %.not.i.i = icmp eq i32 %.3, 0
  %108 = select i1 %.not.i.i, float f0x70000000, float f0xF0000000
  call void @llvm.lifetime.start.p0(ptr nonnull %4)
  store volatile float %108, ptr %4, align 4, !tbaa !126
  %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i = load volatile float, ptr %4, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %4)
  %109 = fmul float %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i, f0x70000000
  br label %134

110:                                              ; preds = %105
  %111 = fcmp ugt double %101, -1.500000e+02
  br i1 %111, label %115, label %112

112:                                              ; preds = %110
  %.not.i.i4 = icmp eq i32 %.3, 0
  %113 = select i1 %.not.i.i4, float f0x10000000, float f0x90000000
  call void @llvm.lifetime.start.p0(ptr nonnull %3)
  store volatile float %113, ptr %3, align 4, !tbaa !126
  %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i5 = load volatile float, ptr %3, align 4, !tbaa !126
  call void @llvm.lifetime.end.p0(ptr nonnull %3)
  %114 = fmul float %.0..0..0..0..0..0..0..0..0..0..0..0..0..0..i.i.i5, f0x10000000
  br label %134

115:                                              ; preds = %110, %76
  %116 = fadd double %101, f0x42E8000000000000
  %117 = bitcast double %116 to i64
  %118 = fadd double %116, f0xC2E8000000000000
  %119 = fsub double %101, %118
  %120 = and i64 %117, 31
  %121 = getelementptr inbounds nuw [8 x i8], ptr @__exp2f_data, i64 %120
  %122 = load i64, ptr %121, align 8, !tbaa !143
  %123 = zext nneg i32 %.3 to i64
  %124 = add i64 %117, %123
  %125 = shl i64 %124, 47
  %126 = add i64 %122, %125
  %127 = bitcast i64 %126 to double
  %128 = tail call double @llvm.fmuladd.f64(double %119, double f0x3FAC6AF84B912394, double f0x3FCEBFCE50FAC4F3)
  %129 = fmul double %119, %119
  %130 = tail call double @llvm.fmuladd.f64(double %119, double f0x3FE62E42FF0C52D6, double 1.000000e+00)
  %131 = tail call double @llvm.fmuladd.f64(double %128, double %129, double %130)
  %132 = fmul double %131, %127
  %133 = fptrunc double %132 to float
  br label %134

134:                                              ; preds = %115, %112, %107, %.thread, %47, %checkint.exit.thread, %25, %23, %21, %14
  %.2 = phi float [ %64, %.thread ], [ 1.000000e+00, %14 ], [ %22, %21 ], [ %133, %115 ], [ 1.000000e+00, %23 ], [ %114, %112 ], [ %spec.select71, %25 ], [ %.056, %checkint.exit.thread ], [ %.0..0..0..0..0..0..0..0..0..0..i, %47 ], [ %109, %107 ]
  ret float %.2
}

; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal float @rintf(float noundef %0) local_unnamed_addr #10 {
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

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal double @round(double noundef %0) local_unnamed_addr #9 {
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
  store volatile double %10, ptr %2, align 8, !tbaa !140
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

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #6

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite)
define internal float @roundf(float noundef %0) local_unnamed_addr #9 {
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
  store volatile float %9, ptr %2, align 4, !tbaa !126
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

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #13

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: write, target_mem: none) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) "frame-pointer"="all" "hot" "no-builtins" "nonlazybind" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "nonlazybind" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nofree norecurse nosync nounwind memory(argmem: write) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #8 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #9 = { inlinehint nofree norecurse nosync nounwind memory(inaccessiblemem: readwrite) }
attributes #10 = { inlinehint mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #11 = { inlinehint nofree norecurse nosync nounwind memory(none) }
attributes #12 = { inlinehint nofree nosync nounwind memory(argmem: readwrite) }
attributes #13 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) }
attributes #14 = { inlinehint }

!llvm.dbg.cu = !{!76, !79, !82, !85}
!llvm.module.flags = !{!116, !117, !138, !175}
!llvm.errno.tbaa = !{!122}

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
!118 = !{!"Simple C/C++ TBAA"}
!119 = !{!"omnipotent char", !118, i64 0}
!120 = !{!"int", !119, i64 0}
!121 = !{!"__libc_errno", !120, i64 0}
!122 = !{!121, !120, i64 0}
!123 = !{!"short", !119, i64 0}
!124 = !{!123, !123, i64 0}
!125 = !{!"float", !119, i64 0}
!126 = !{!125, !125, i64 0}
!127 = !{!119, !119, i64 0}
!128 = !{!"llvm.loop.unroll.disable"}
!129 = !{!"llvm.loop.mustprogress"}
!130 = distinct !{!130, !128}
!131 = distinct !{!131, !129}
!132 = distinct !{!132, !128}
!133 = distinct !{!133, !129}
!134 = distinct !{!134, !128}
!135 = distinct !{!135, !129}
!136 = distinct !{!136, !129}
!137 = distinct !{!137, !128}
!138 = !{i32 1, !"wchar_size", i32 4}
!139 = !{!"double", !119, i64 0}
!140 = !{!139, !139, i64 0}
!141 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!142 = !{!"long", !119, i64 0}
!143 = !{!142, !142, i64 0}
!144 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!146 = !{!"", !139, i64 0, !139, i64 8}
!147 = !{!146, !139, i64 0}
!148 = !{!146, !139, i64 8}
!156 = !{!120, !120, i64 0}
!160 = !{!"branch_weights", i32 4001, i32 4000000}
!175 = !{i32 7, !"frame-pointer", i32 2}
