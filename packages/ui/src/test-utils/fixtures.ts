// One source: the fixtures merchants get from @batchpay/react/testing, under the names our tests use.
export {
  testMethods as methods,
  testOrder as order,
  testOrders as threeOrders,
} from '@batchpay/react/testing';
