#loc2 = loc("<stdin>":18:10)
#loc3 = loc("<stdin>":6:10)
#loc6 = loc("<stdin>":8:10)
#loc7 = loc("<stdin>":9:10)
#loc8 = loc("<stdin>":12:10)
#loc9 = loc("<stdin>":15:10)
#loc10 = loc("<stdin>":16:10)
#map = affine_map<(d0) -> ()>
#map1 = affine_map<(d0) -> (d0)>
module {
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %cst = arith.constant 0.000000e+00 : f16 loc(#loc2)
    %cst_0 = arith.constant dense<3> : tensor<i64> loc(#loc3)
    %cst_1 = arith.constant 1.000000e+00 : f16 loc(#loc4)
    %cst_2 = arith.constant 2.000000e+00 : f16 loc(#loc4)
    %0 = hal.tensor.import wait(%arg1) => %arg0 : !hal.buffer_view -> tensor<1xf16> loc(#loc5)
    %1 = tensor.empty() : tensor<1xf16> loc(#loc3)
    %2 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel"]} ins(%cst_0, %0 : tensor<i64>, tensor<1xf16>) outs(%1 : tensor<1xf16>) {
    ^bb0(%in: i64 loc("<stdin>":6:10), %in_3: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":6:10)):
      %20 = arith.sitofp %in : i64 to f16 loc(#loc3)
      %21 = arith.subf %20, %in_3 : f16 loc(#loc3)
      linalg.yield %21 : f16 loc(#loc3)
    } -> tensor<1xf16> loc(#loc3)
    %3 = tensor.empty() : tensor<1xi1> loc(#loc6)
    %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%2 : tensor<1xf16>) outs(%3 : tensor<1xi1>) {
    ^bb0(%in: f16 loc("<stdin>":6:10), %out: i1 loc("<stdin>":8:10)):
      %20 = arith.cmpf ole, %in, %cst_1 : f16 loc(#loc6)
      linalg.yield %20 : i1 loc(#loc6)
    } -> tensor<1xi1> loc(#loc6)
    %5 = tensor.empty() : tensor<1xf32> loc(#loc7)
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%4 : tensor<1xi1>) outs(%5 : tensor<1xf32>) {
    ^bb0(%in: i1 loc("<stdin>":8:10), %out: f32 loc("<stdin>":9:10)):
      %20 = arith.uitofp %in : i1 to f32 loc(#loc7)
      %21 = math.exp %20 : f32 loc(#loc7)
      linalg.yield %21 : f32 loc(#loc7)
    } -> tensor<1xf32> loc(#loc7)
    %7 = tensor.empty() : tensor<3xf16> loc(#loc8)
    %collapsed = tensor.collapse_shape %2 [] : tensor<1xf16> into tensor<f16> loc(#loc8)
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel"]} ins(%collapsed : tensor<f16>) outs(%7 : tensor<3xf16>) {
    ^bb0(%in: f16 loc("<stdin>":12:10), %out: f16 loc("<stdin>":12:10)):
      linalg.yield %in : f16 loc(#loc8)
    } -> tensor<3xf16> loc(#loc8)
    %9 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%2 : tensor<1xf16>) outs(%3 : tensor<1xi1>) {
    ^bb0(%in: f16 loc("<stdin>":6:10), %out: i1 loc("<stdin>":15:10)):
      %20 = arith.cmpf ole, %in, %cst_2 : f16 loc(#loc9)
      linalg.yield %20 : i1 loc(#loc9)
    } -> tensor<1xi1> loc(#loc9)
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%9 : tensor<1xi1>) outs(%5 : tensor<1xf32>) {
    ^bb0(%in: i1 loc("<stdin>":15:10), %out: f32 loc("<stdin>":16:10)):
      %20 = arith.uitofp %in : i1 to f32 loc(#loc10)
      %21 = math.exp %20 : f32 loc(#loc10)
      linalg.yield %21 : f32 loc(#loc10)
    } -> tensor<1xf32> loc(#loc10)
    %11 = tensor.empty() : tensor<f16> loc(#loc2)
    %12 = linalg.fill ins(%cst : f16) outs(%11 : tensor<f16>) -> tensor<f16> loc(#loc2)
    %13 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["reduction"]} ins(%2 : tensor<1xf16>) outs(%12 : tensor<f16>) {
    ^bb0(%in: f16 loc("<stdin>":6:10), %out: f16 loc("<stdin>":18:10)):
      %20 = arith.addf %in, %out : f16 loc(#loc2)
      linalg.yield %20 : f16 loc(#loc2)
    } -> tensor<f16> loc(#loc2)
    %14:4 = hal.tensor.barrier join(%6, %8, %10, %13 : tensor<1xf32>, tensor<3xf16>, tensor<1xf32>, tensor<f16>) => %arg2 : !hal.fence loc(#loc1)
    %15 = hal.tensor.export %14#0 : tensor<1xf32> -> !hal.buffer_view loc(#loc1)
    %16 = hal.tensor.export %14#1 : tensor<3xf16> -> !hal.buffer_view loc(#loc1)
    %17 = hal.tensor.export %14#0 : tensor<1xf32> -> !hal.buffer_view loc(#loc1)
    %18 = hal.tensor.export %14#2 : tensor<1xf32> -> !hal.buffer_view loc(#loc1)
    %19 = hal.tensor.export %14#3 : tensor<f16> -> !hal.buffer_view loc(#loc1)
    util.return %15, %16, %17, %18, %19 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc11)
  } loc(#loc1)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc1)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc1)
    %c0 = arith.constant 0 : index loc(#loc1)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc1)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc1)
    %1:5 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc1)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc1)
    util.return %1#0, %1#1, %1#2, %1#3, %1#4 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc1 = loc("<stdin>":2:3)
#loc4 = loc(unknown)
#loc5 = loc("<stdin>":2:19)
#loc11 = loc("<stdin>":19:5)
