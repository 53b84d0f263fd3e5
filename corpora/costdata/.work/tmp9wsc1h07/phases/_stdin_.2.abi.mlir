#loc2 = loc("<stdin>":5:10)
#loc4 = loc("<stdin>":31:11)
#loc6 = loc("<stdin>":8:10)
#loc7 = loc("<stdin>":10:10)
#loc8 = loc("<stdin>":13:10)
#loc9 = loc("<stdin>":18:10)
#loc10 = loc("<stdin>":21:10)
#loc11 = loc("<stdin>":20:10)
#loc12 = loc("<stdin>":22:10)
#loc13 = loc("<stdin>":24:10)
#loc14 = loc("<stdin>":27:11)
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map5 = affine_map<(d0, d1) -> (d0, d1)>
module {
  util.func public @main$async(%arg0: !hal.buffer_view, %arg1: !hal.fence, %arg2: !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {inlining_policy = #util.inline.never, iree.abi.model = "coarse-fences", iree.abi.stub} {
    %c0_i64 = arith.constant 0 : i64 loc(#loc2)
    %cst = arith.constant 0xFF800000 : f32 loc(#loc2)
    %cst_0 = arith.constant 0.000000e+00 : f32 loc(#loc3)
    %cst_1 = arith.constant 1.000000e+00 : f32 loc(#loc3)
    %cst_2 = arith.constant 1.000000e+00 : f16 loc(#loc4)
    %cst_3 = arith.constant 3.000000e+00 : f32 loc(#loc3)
    %0 = hal.tensor.import wait(%arg1) => %arg0 : !hal.buffer_view -> tensor<7x3x6xf16> loc(#loc5)
    %1 = tensor.empty() : tensor<7x3x6xf32> loc(#loc2)
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%0 : tensor<7x3x6xf16>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
      %59 = arith.extf %in : f16 to f32 loc(#loc2)
      linalg.yield %59 : f32 loc(#loc2)
    } -> tensor<7x3x6xf32> loc(#loc2)
    %3 = tensor.empty() : tensor<7x3xi64> loc(#loc2)
    %4 = linalg.fill ins(%c0_i64 : i64) outs(%3 : tensor<7x3xi64>) -> tensor<7x3xi64> loc(#loc2)
    %5 = tensor.empty() : tensor<7x3xf32> loc(#loc2)
    %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<7x3xf32>) -> tensor<7x3xf32> loc(#loc2)
    %7:2 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<7x3x6xf32>) outs(%6, %4 : tensor<7x3xf32>, tensor<7x3xi64>) {
    ^bb0(%in: f32 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10), %out_7: i64 loc("<stdin>":5:10)):
      %59 = linalg.index 2 : index loc(#loc2)
      %60 = arith.index_cast %59 : index to i64 loc(#loc2)
      %61 = arith.maximumf %in, %out : f32 loc(#loc2)
      %62 = arith.cmpf ogt, %in, %out : f32 loc(#loc2)
      %63 = arith.select %62, %60, %out_7 : i64 loc(#loc2)
      linalg.yield %61, %63 : f32, i64 loc(#loc2)
    } -> (tensor<7x3xf32>, tensor<7x3xi64>) loc(#loc2)
    %expanded = tensor.expand_shape %7#0 [[0], [1, 2]] output_shape [7, 3, 1] : tensor<7x3xf32> into tensor<7x3x1xf32> loc(#loc2)
    %8 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<7x3x6xf32>, tensor<7x3x1xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":5:10), %in_7: f32 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
      %59 = arith.subf %in, %in_7 : f32 loc(#loc2)
      linalg.yield %59 : f32 loc(#loc2)
    } -> tensor<7x3x6xf32> loc(#loc2)
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
      %59 = math.exp %in : f32 loc(#loc2)
      linalg.yield %59 : f32 loc(#loc2)
    } -> tensor<7x3x6xf32> loc(#loc2)
    %10 = tensor.empty() : tensor<7x3x1xf32> loc(#loc2)
    %11 = linalg.fill ins(%cst_0 : f32) outs(%10 : tensor<7x3x1xf32>) -> tensor<7x3x1xf32> loc(#loc2)
    %12 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9 : tensor<7x3x6xf32>) outs(%11 : tensor<7x3x1xf32>) {
    ^bb0(%in: f32 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
      %59 = arith.addf %in, %out : f32 loc(#loc2)
      linalg.yield %59 : f32 loc(#loc2)
    } -> tensor<7x3x1xf32> loc(#loc2)
    %13 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %12 : tensor<7x3x6xf32>, tensor<7x3x1xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":5:10), %in_7: f32 loc("<stdin>":5:10), %out: f32 loc("<stdin>":5:10)):
      %59 = arith.divf %in, %in_7 : f32 loc(#loc2)
      linalg.yield %59 : f32 loc(#loc2)
    } -> tensor<7x3x6xf32> loc(#loc2)
    %14 = tensor.empty() : tensor<7x3x6xf16> loc(#loc2)
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<7x3x6xf32>) outs(%14 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":5:10), %out: f16 loc("<stdin>":5:10)):
      %59 = arith.truncf %in : f32 to f16 loc(#loc2)
      linalg.yield %59 : f16 loc(#loc2)
    } -> tensor<7x3x6xf16> loc(#loc2)
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<7x3x6xf16>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":5:10), %out: f32 loc("<stdin>":8:10)):
      %59 = arith.extf %in : f16 to f32 loc(#loc6)
      linalg.yield %59 : f32 loc(#loc6)
    } -> tensor<7x3x6xf32> loc(#loc6)
    %17:2 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<7x3x6xf32>) outs(%6, %4 : tensor<7x3xf32>, tensor<7x3xi64>) {
    ^bb0(%in: f32 loc("<stdin>":8:10), %out: f32 loc("<stdin>":8:10), %out_7: i64 loc("<stdin>":8:10)):
      %59 = linalg.index 2 : index loc(#loc6)
      %60 = arith.index_cast %59 : index to i64 loc(#loc6)
      %61 = arith.maximumf %in, %out : f32 loc(#loc6)
      %62 = arith.cmpf ogt, %in, %out : f32 loc(#loc6)
      %63 = arith.select %62, %60, %out_7 : i64 loc(#loc6)
      linalg.yield %61, %63 : f32, i64 loc(#loc6)
    } -> (tensor<7x3xf32>, tensor<7x3xi64>) loc(#loc6)
    %expanded_4 = tensor.expand_shape %17#0 [[0], [1, 2]] output_shape [7, 3, 1] : tensor<7x3xf32> into tensor<7x3x1xf32> loc(#loc6)
    %18 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %expanded_4 : tensor<7x3x6xf32>, tensor<7x3x1xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":8:10), %in_7: f32 loc("<stdin>":8:10), %out: f32 loc("<stdin>":8:10)):
      %59 = arith.subf %in, %in_7 : f32 loc(#loc6)
      linalg.yield %59 : f32 loc(#loc6)
    } -> tensor<7x3x6xf32> loc(#loc6)
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":8:10), %out: f32 loc("<stdin>":8:10)):
      %59 = math.exp %in : f32 loc(#loc6)
      linalg.yield %59 : f32 loc(#loc6)
    } -> tensor<7x3x6xf32> loc(#loc6)
    %20 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<7x3x6xf32>) outs(%11 : tensor<7x3x1xf32>) {
    ^bb0(%in: f32 loc("<stdin>":8:10), %out: f32 loc("<stdin>":8:10)):
      %59 = arith.addf %in, %out : f32 loc(#loc6)
      linalg.yield %59 : f32 loc(#loc6)
    } -> tensor<7x3x1xf32> loc(#loc6)
    %21 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %20 : tensor<7x3x6xf32>, tensor<7x3x1xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":8:10), %in_7: f32 loc("<stdin>":8:10), %out: f32 loc("<stdin>":8:10)):
      %59 = arith.divf %in, %in_7 : f32 loc(#loc6)
      linalg.yield %59 : f32 loc(#loc6)
    } -> tensor<7x3x6xf32> loc(#loc6)
    %22 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<7x3x6xf32>) outs(%14 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":8:10), %out: f16 loc("<stdin>":8:10)):
      %59 = arith.truncf %in : f32 to f16 loc(#loc6)
      linalg.yield %59 : f16 loc(#loc6)
    } -> tensor<7x3x6xf16> loc(#loc6)
    %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<7x3x6xf16>) outs(%14 : tensor<7x3x6xf16>) {
    ^bb0(%in: f16 loc("<stdin>":8:10), %out: f16 loc("<stdin>":10:10)):
      %59 = math.roundeven %in : f16 loc(#loc7)
      linalg.yield %59 : f16 loc(#loc7)
    } -> tensor<7x3x6xf16> loc(#loc7)
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<7x3x6xf16>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":10:10), %out: f32 loc("<stdin>":13:10)):
      %59 = arith.extf %in : f16 to f32 loc(#loc8)
      linalg.yield %59 : f32 loc(#loc8)
    } -> tensor<7x3x6xf32> loc(#loc8)
    %25:2 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<7x3x6xf32>) outs(%6, %4 : tensor<7x3xf32>, tensor<7x3xi64>) {
    ^bb0(%in: f32 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10), %out_7: i64 loc("<stdin>":13:10)):
      %59 = linalg.index 2 : index loc(#loc8)
      %60 = arith.index_cast %59 : index to i64 loc(#loc8)
      %61 = arith.maximumf %in, %out : f32 loc(#loc8)
      %62 = arith.cmpf ogt, %in, %out : f32 loc(#loc8)
      %63 = arith.select %62, %60, %out_7 : i64 loc(#loc8)
      linalg.yield %61, %63 : f32, i64 loc(#loc8)
    } -> (tensor<7x3xf32>, tensor<7x3xi64>) loc(#loc8)
    %expanded_5 = tensor.expand_shape %25#0 [[0], [1, 2]] output_shape [7, 3, 1] : tensor<7x3xf32> into tensor<7x3x1xf32> loc(#loc8)
    %26 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %expanded_5 : tensor<7x3x6xf32>, tensor<7x3x1xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":13:10), %in_7: f32 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
      %59 = arith.subf %in, %in_7 : f32 loc(#loc8)
      linalg.yield %59 : f32 loc(#loc8)
    } -> tensor<7x3x6xf32> loc(#loc8)
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
      %59 = math.exp %in : f32 loc(#loc8)
      linalg.yield %59 : f32 loc(#loc8)
    } -> tensor<7x3x6xf32> loc(#loc8)
    %28 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%27 : tensor<7x3x6xf32>) outs(%11 : tensor<7x3x1xf32>) {
    ^bb0(%in: f32 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
      %59 = arith.addf %in, %out : f32 loc(#loc8)
      linalg.yield %59 : f32 loc(#loc8)
    } -> tensor<7x3x1xf32> loc(#loc8)
    %29 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %28 : tensor<7x3x6xf32>, tensor<7x3x1xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":13:10), %in_7: f32 loc("<stdin>":13:10), %out: f32 loc("<stdin>":13:10)):
      %59 = arith.divf %in, %in_7 : f32 loc(#loc8)
      linalg.yield %59 : f32 loc(#loc8)
    } -> tensor<7x3x6xf32> loc(#loc8)
    %30 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<7x3x6xf32>) outs(%14 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":13:10), %out: f16 loc("<stdin>":13:10)):
      %59 = arith.truncf %in : f32 to f16 loc(#loc8)
      linalg.yield %59 : f16 loc(#loc8)
    } -> tensor<7x3x6xf16> loc(#loc8)
    %31 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<7x3x6xf16>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":13:10), %out: f32 loc("<stdin>":18:10)):
      %59 = arith.extf %in : f16 to f32 loc(#loc9)
      linalg.yield %59 : f32 loc(#loc9)
    } -> tensor<7x3x6xf32> loc(#loc9)
    %32 = tensor.empty() : tensor<7x1x6xf32> loc(#loc9)
    %33 = linalg.fill ins(%cst_0 : f32) outs(%32 : tensor<7x1x6xf32>) -> tensor<7x1x6xf32> loc(#loc9)
    %34 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["parallel", "reduction", "parallel"]} ins(%31 : tensor<7x3x6xf32>) outs(%33 : tensor<7x1x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %59 = arith.addf %in, %out : f32 loc(#loc9)
      linalg.yield %59 : f32 loc(#loc9)
    } -> tensor<7x1x6xf32> loc(#loc9)
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<7x1x6xf32>) outs(%32 : tensor<7x1x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %59 = arith.divf %in, %cst_3 : f32 loc(#loc9)
      linalg.yield %59 : f32 loc(#loc9)
    } -> tensor<7x1x6xf32> loc(#loc9)
    %36 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %35 : tensor<7x3x6xf32>, tensor<7x1x6xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %in_7: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %59 = arith.subf %in, %in_7 : f32 loc(#loc9)
      linalg.yield %59 : f32 loc(#loc9)
    } -> tensor<7x3x6xf32> loc(#loc9)
    %37 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %36 : tensor<7x3x6xf32>, tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %in_7: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %59 = arith.mulf %in, %in_7 : f32 loc(#loc9)
      linalg.yield %59 : f32 loc(#loc9)
    } -> tensor<7x3x6xf32> loc(#loc9)
    %38 = tensor.empty() : tensor<7x6xf32> loc(#loc9)
    %39 = linalg.fill ins(%cst_0 : f32) outs(%38 : tensor<7x6xf32>) -> tensor<7x6xf32> loc(#loc9)
    %40 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "reduction", "parallel"]} ins(%37 : tensor<7x3x6xf32>) outs(%39 : tensor<7x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f32 loc("<stdin>":18:10)):
      %59 = arith.addf %in, %out : f32 loc(#loc9)
      linalg.yield %59 : f32 loc(#loc9)
    } -> tensor<7x6xf32> loc(#loc9)
    %41 = tensor.empty() : tensor<7x6xf16> loc(#loc9)
    %42 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%40 : tensor<7x6xf32>) outs(%41 : tensor<7x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":18:10), %out: f16 loc("<stdin>":18:10)):
      %59 = arith.truncf %in : f32 to f16 loc(#loc9)
      linalg.yield %59 : f16 loc(#loc9)
    } -> tensor<7x6xf16> loc(#loc9)
    %43 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":20:10), %out: f32 loc("<stdin>":21:10)):
      %59 = arith.negf %in : f32 loc(#loc10)
      %60 = math.exp %59 : f32 loc(#loc10)
      %61 = arith.addf %60, %cst_1 : f32 loc(#loc10)
      %62 = arith.divf %cst_1, %61 : f32 loc(#loc10)
      linalg.yield %62 : f32 loc(#loc10)
    } -> tensor<7x3x6xf32> loc(#loc10)
    %44 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %43 : tensor<7x3x6xf32>, tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":20:10), %in_7: f32 loc("<stdin>":21:10), %out: f32 loc("<stdin>":22:10)):
      %59 = arith.mulf %in, %in_7 : f32 loc(#loc12)
      linalg.yield %59 : f32 loc(#loc12)
    } -> tensor<7x3x6xf32> loc(#loc12)
    %45 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44 : tensor<7x3x6xf32>) outs(%14 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":22:10), %out: f16 loc("<stdin>":24:10)):
      %59 = arith.truncf %in : f32 to f16 loc(#loc13)
      linalg.yield %59 : f16 loc(#loc13)
    } -> tensor<7x3x6xf16> loc(#loc13)
    %46 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<7x3x6xf16>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f16 loc("<stdin>":8:10), %out: f32 loc("<stdin>":27:11)):
      %59 = arith.extf %in : f16 to f32 loc(#loc14)
      linalg.yield %59 : f32 loc(#loc14)
    } -> tensor<7x3x6xf32> loc(#loc14)
    %47:2 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%46 : tensor<7x3x6xf32>) outs(%6, %4 : tensor<7x3xf32>, tensor<7x3xi64>) {
    ^bb0(%in: f32 loc("<stdin>":27:11), %out: f32 loc("<stdin>":27:11), %out_7: i64 loc("<stdin>":27:11)):
      %59 = linalg.index 2 : index loc(#loc14)
      %60 = arith.index_cast %59 : index to i64 loc(#loc14)
      %61 = arith.maximumf %in, %out : f32 loc(#loc14)
      %62 = arith.cmpf ogt, %in, %out : f32 loc(#loc14)
      %63 = arith.select %62, %60, %out_7 : i64 loc(#loc14)
      linalg.yield %61, %63 : f32, i64 loc(#loc14)
    } -> (tensor<7x3xf32>, tensor<7x3xi64>) loc(#loc14)
    %expanded_6 = tensor.expand_shape %47#0 [[0], [1, 2]] output_shape [7, 3, 1] : tensor<7x3xf32> into tensor<7x3x1xf32> loc(#loc14)
    %48 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46, %expanded_6 : tensor<7x3x6xf32>, tensor<7x3x1xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":27:11), %in_7: f32 loc("<stdin>":27:11), %out: f32 loc("<stdin>":27:11)):
      %59 = arith.subf %in, %in_7 : f32 loc(#loc14)
      linalg.yield %59 : f32 loc(#loc14)
    } -> tensor<7x3x6xf32> loc(#loc14)
    %49 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48 : tensor<7x3x6xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":27:11), %out: f32 loc("<stdin>":27:11)):
      %59 = math.exp %in : f32 loc(#loc14)
      linalg.yield %59 : f32 loc(#loc14)
    } -> tensor<7x3x6xf32> loc(#loc14)
    %50 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%49 : tensor<7x3x6xf32>) outs(%11 : tensor<7x3x1xf32>) {
    ^bb0(%in: f32 loc("<stdin>":27:11), %out: f32 loc("<stdin>":27:11)):
      %59 = arith.addf %in, %out : f32 loc(#loc14)
      linalg.yield %59 : f32 loc(#loc14)
    } -> tensor<7x3x1xf32> loc(#loc14)
    %51 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49, %50 : tensor<7x3x6xf32>, tensor<7x3x1xf32>) outs(%1 : tensor<7x3x6xf32>) {
    ^bb0(%in: f32 loc("<stdin>":27:11), %in_7: f32 loc("<stdin>":27:11), %out: f32 loc("<stdin>":27:11)):
      %59 = arith.divf %in, %in_7 : f32 loc(#loc14)
      linalg.yield %59 : f32 loc(#loc14)
    } -> tensor<7x3x6xf32> loc(#loc14)
    %52 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51 : tensor<7x3x6xf32>) outs(%14 : tensor<7x3x6xf16>) {
    ^bb0(%in: f32 loc("<stdin>":27:11), %out: f16 loc("<stdin>":27:11)):
      %59 = arith.truncf %in : f32 to f16 loc(#loc14)
      linalg.yield %59 : f16 loc(#loc14)
    } -> tensor<7x3x6xf16> loc(#loc14)
    %53 = linalg.fill ins(%cst_2 : f16) outs(%41 : tensor<7x6xf16>) -> tensor<7x6xf16> loc(#loc4)
    %54 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "reduction", "parallel"]} ins(%52 : tensor<7x3x6xf16>) outs(%53 : tensor<7x6xf16>) {
    ^bb0(%in: f16 loc("<stdin>":27:11), %out: f16 loc("<stdin>":31:11)):
      %59 = arith.mulf %in, %out : f16 loc(#loc4)
      linalg.yield %59 : f16 loc(#loc4)
    } -> tensor<7x6xf16> loc(#loc4)
    %55:3 = hal.tensor.barrier join(%42, %45, %54 : tensor<7x6xf16>, tensor<7x3x6xf16>, tensor<7x6xf16>) => %arg2 : !hal.fence loc(#loc1)
    %56 = hal.tensor.export %55#0 : tensor<7x6xf16> -> !hal.buffer_view loc(#loc1)
    %57 = hal.tensor.export %55#1 : tensor<7x3x6xf16> -> !hal.buffer_view loc(#loc1)
    %58 = hal.tensor.export %55#2 : tensor<7x6xf16> -> !hal.buffer_view loc(#loc1)
    util.return %56, %57, %58 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc15)
  } loc(#loc1)
  util.func public @main(%arg0: !hal.buffer_view) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) attributes {iree.abi.stub} {
    %0 = util.null : !hal.fence loc(#loc1)
    %c-1_i32 = arith.constant -1 : i32 loc(#loc1)
    %c0 = arith.constant 0 : index loc(#loc1)
    %device_0 = hal.devices.get %c0 : !hal.device loc(#loc1)
    %fence = hal.fence.create device(%device_0 : !hal.device) flags("None") : !hal.fence loc(#loc1)
    %1:3 = util.call @main$async(%arg0, %0, %fence) : (!hal.buffer_view, !hal.fence, !hal.fence) -> (!hal.buffer_view, !hal.buffer_view, !hal.buffer_view) loc(#loc1)
    %status = hal.fence.await until([%fence]) timeout_millis(%c-1_i32) flags("None") : i32 loc(#loc1)
    util.return %1#0, %1#1, %1#2 : !hal.buffer_view, !hal.buffer_view, !hal.buffer_view loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc("<stdin>":1:1)
#loc1 = loc("<stdin>":2:3)
#loc3 = loc(unknown)
#loc5 = loc("<stdin>":2:19)
#loc15 = loc("<stdin>":32:5)
