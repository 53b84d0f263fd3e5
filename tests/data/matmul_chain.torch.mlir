module {
  func.func @main(%arg0: !torch.vtensor<[16,32],f32>, %arg1: !torch.vtensor<[32,24],f32>, %arg2: !torch.vtensor<[16,24],f32>, %arg3: !torch.vtensor<[16],f32>) -> !torch.vtensor<[16,16],f32> {
    %0 = torch.aten.mm %arg0, %arg1 : !torch.vtensor<[16,32],f32>, !torch.vtensor<[32,24],f32> -> !torch.vtensor<[16,24],f32>
    %1 = torch.aten.tanh %0 : !torch.vtensor<[16,24],f32> -> !torch.vtensor<[16,24],f32>
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %2 = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.permute %arg2, %2 : !torch.vtensor<[16,24],f32>, !torch.list<int> -> !torch.vtensor<[24,16],f32>
    %4 = torch.aten.mm %1, %3 : !torch.vtensor<[16,24],f32>, !torch.vtensor<[24,16],f32> -> !torch.vtensor<[16,16],f32>
    %int1_0 = torch.constant.int 1
    %int0_1 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int1_0, %int0_1 : (!torch.int, !torch.int) -> !torch.list<int>
    %6 = torch.aten.permute %4, %5 : !torch.vtensor<[16,16],f32>, !torch.list<int> -> !torch.vtensor<[16,16],f32>
    %7 = torch.aten.mm %4, %6 : !torch.vtensor<[16,16],f32>, !torch.vtensor<[16,16],f32> -> !torch.vtensor<[16,16],f32>
    %int1_2 = torch.constant.int 1
    %8 = torch.aten.mul.Scalar %7, %int1_2 : !torch.vtensor<[16,16],f32>, !torch.int -> !torch.vtensor<[16,16],f32>
    %int1_3 = torch.constant.int 1
    %9 = torch.aten.mul.Scalar %arg3, %int1_3 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %int1_4 = torch.constant.int 1
    %10 = torch.aten.add.Tensor %8, %9, %int1_4 : !torch.vtensor<[16,16],f32>, !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,16],f32>
    return %10 : !torch.vtensor<[16,16],f32>
  }
}
