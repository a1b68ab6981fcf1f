import * as v from 'valibot';
import { resultStatuses } from './resultStatuses.js';
import { osTypes, terminalTypes } from './terminalTypes.js';

/*
 * Runtime schemas of every batchPay structure (Antom's batchPay API reference and the kit's decisions in docs/antom-contract.md).
 * Types are derived from the schemas so they cannot drift. Every non-array field is a string, as Antom's batchPay API reference demands.
 * Objects ignore fields they do not know (Antom adds optional fields over time); the kit never sends unknown ones.
 */

const text = (max: number) =>
  v.pipe(v.string('must be a string'), v.maxLength(max, `must be at most ${max} characters`));
const requiredText = (max: number) =>
  v.pipe(
    v.string('is required and must be a string'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
/** A field Antom's reference types as Boolean: sent as the string "true" or "false". */
const booleanText = () => v.picklist(['true', 'false'], 'must be the string "true" or "false"');
/** A field Antom's reference types as Integer: sent as a string of digits, optionally signed. */
const integerText = (max = 16) =>
  v.pipe(text(max), v.regex(/^-?\d+$/, 'must be an integer written as a string, such as "20"'));
/** ISO 8601 date-time with an offset, such as 2019-11-27T12:01:01+08:00. */
export const isoDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const dateTimeText = () =>
  v.pipe(
    v.string('must be a string'),
    v.regex(isoDateTimePattern, 'must be an ISO 8601 date-time with an offset, such as "2019-11-27T12:01:01+08:00"'),
  );

export const AmountSchema = v.object({
  currency: v.pipe(
    v.string('is required: an ISO 4217 currency code such as "USD"'),
    v.regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 currency code in capitals, such as "USD"'),
  ),
  value: v.pipe(
    v.string('is required: the amount in minor units as a string, such as "1234" for 12.34 USD'),
    v.maxLength(16, 'must be at most 16 digits'),
    v.regex(/^[1-9]\d*$/, 'must be a positive whole number of minor units as a string, such as "1234" for 12.34 USD'),
  ),
});
export type Amount = v.InferOutput<typeof AmountSchema>;

export const PaymentFactorSchema = v.object({
  isAuthorization: v.optional(booleanText()),
  captureMode: v.optional(v.picklist(['AUTOMATIC', 'MANUAL'], 'must be "AUTOMATIC" or "MANUAL"')),
  isPaymentEvaluation: v.optional(booleanText()),
  presentmentMode: v.optional(v.picklist(['BUNDLE', 'TILE', 'UNIFIED'], 'must be "BUNDLE", "TILE" or "UNIFIED"')),
  inStorePaymentScenario: v.optional(
    v.picklist(['PaymentCode', 'OrderCode', 'EntryCode'], 'must be "PaymentCode", "OrderCode" or "EntryCode"'),
  ),
});
export type PaymentFactor = v.InferOutput<typeof PaymentFactorSchema>;

export const PaymentMethodSchema = v.object({
  paymentMethodType: requiredText(64),
  paymentMethodId: v.optional(text(128)),
  paymentMethodMetaData: v.optional(v.record(v.string(), v.unknown())),
  customerId: v.optional(text(64)),
  extendInfo: v.optional(text(2048)),
  requireIssuerAuthentication: v.optional(booleanText()),
  funding: v.optional(
    v.picklist(
      ['CREDIT', 'DEBIT', 'PREPAID', 'CHARGE', 'DEFERRED_DEBIT'],
      'must be CREDIT, DEBIT, PREPAID, CHARGE or DEFERRED_DEBIT',
    ),
  ),
});
export type PaymentMethod = v.InferOutput<typeof PaymentMethodSchema>;

export const BrowserInfoSchema = v.object({
  acceptHeader: v.optional(text(2048)),
  javaEnabled: v.optional(booleanText()),
  javaScriptEnabled: v.optional(booleanText()),
  language: v.optional(text(32)),
  userAgent: v.optional(text(2048)),
});

export const EnvSchema = v.object({
  terminalType: v.picklist(terminalTypes, 'is required: one of WEB, WAP, APP, MINI_APP'),
  osType: v.optional(v.picklist(osTypes, 'must be IOS or ANDROID')),
  userAgent: v.optional(text(2048)),
  deviceTokenId: v.optional(text(64)),
  clientIp: v.optional(text(64)),
  cookieId: v.optional(text(64)),
  extendInfo: v.optional(text(2048)),
  browserInfo: v.optional(BrowserInfoSchema),
  colorDepth: v.optional(integerText(4)),
  screenHeight: v.optional(integerText(6)),
  screenWidth: v.optional(integerText(6)),
  timeZoneOffset: v.optional(
    v.pipe(
      integerText(4),
      v.check((s) => Math.abs(Number(s)) <= 720, 'must be between "-720" and "720" minutes'),
    ),
  ),
  deviceBrand: v.optional(text(64)),
  deviceModel: v.optional(text(128)),
  deviceLanguage: v.optional(text(32)),
  deviceId: v.optional(text(64)),
  osVersion: v.optional(text(16)),
});
export type Env = v.InferOutput<typeof EnvSchema>;

export const AddressSchema = v.object({
  region: v.pipe(text(2), v.regex(/^[A-Z]{2}$/, 'must be a 2-letter ISO 3166 region code in capitals, such as "KR"')),
  state: v.optional(text(8)),
  city: v.optional(text(32)),
  address1: v.optional(text(256)),
  address2: v.optional(text(256)),
  address3: v.optional(text(256)),
  zipCode: v.optional(text(32)),
  label: v.optional(text(64)),
});
export type Address = v.InferOutput<typeof AddressSchema>;

export const UserNameSchema = v.object({
  firstName: v.optional(text(32)),
  middleName: v.optional(text(32)),
  lastName: v.optional(text(32)),
  fullName: v.optional(text(128)),
});
export type UserName = v.InferOutput<typeof UserNameSchema>;

export const MerchantSchema = v.object({
  referenceMerchantId: requiredText(64),
  merchantMCC: v.optional(v.pipe(text(32), v.regex(/^\d{4}$/, 'must be a 4-digit merchant category code'))),
  merchantName: v.optional(text(256)),
  merchantDisplayName: v.optional(text(64)),
  merchantAddress: v.optional(AddressSchema),
  merchantRegisterDate: v.optional(dateTimeText()),
  merchantType: v.optional(v.picklist(['INDIVIDUAL', 'ENTERPRISE'], 'must be INDIVIDUAL or ENTERPRISE')),
});
export type Merchant = v.InferOutput<typeof MerchantSchema>;

export const GoodsSchema = v.object({
  referenceGoodsId: requiredText(64),
  goodsName: requiredText(256),
  goodsCategory: v.optional(text(64)),
  goodsBrand: v.optional(text(128)),
  goodsUnitAmount: v.optional(AmountSchema),
  goodsQuantity: v.optional(v.pipe(text(16), v.regex(/^[1-9]\d*$/, 'must be a positive whole number as a string'))),
  goodsSkuName: v.optional(text(64)),
  goodsUrl: v.optional(text(2048)),
  deliveryMethodType: v.optional(v.picklist(['PHYSICAL', 'DIGITAL'], 'must be PHYSICAL or DIGITAL')),
  goodsImageUrl: v.optional(text(2048)),
  priceId: v.optional(text(64)),
});
export type Goods = v.InferOutput<typeof GoodsSchema>;

export const ShippingSchema = v.object({
  shippingName: v.optional(UserNameSchema),
  shippingAddress: v.optional(AddressSchema),
  shippingCarrier: v.optional(text(128)),
  shippingPhoneNo: v.optional(text(16)),
  shipToEmail: v.optional(text(64)),
  shippingFeeId: v.optional(text(64)),
  shippingFee: v.optional(AmountSchema),
  shippingDescription: v.optional(text(64)),
  deliveryEstimate: v.optional(text(256)),
  shippingNumber: v.optional(text(64)),
  notes: v.optional(text(256)),
});
export type Shipping = v.InferOutput<typeof ShippingSchema>;

export const BuyerSchema = v.object({
  referenceBuyerId: v.optional(text(64)),
  buyerName: v.optional(UserNameSchema),
  buyerPhoneNo: v.optional(text(24)),
  buyerEmail: v.optional(text(64)),
  buyerRegistrationTime: v.optional(dateTimeText()),
  isAccountVerified: v.optional(booleanText()),
  successfulOrderCount: v.optional(integerText()),
});
export type Buyer = v.InferOutput<typeof BuyerSchema>;

export const OrderSchema = v.object({
  referenceOrderId: requiredText(64),
  orderDescription: requiredText(256),
  orderAmount: AmountSchema,
  merchant: MerchantSchema,
  goods: v.optional(v.pipe(v.array(GoodsSchema, 'must be an array'), v.maxLength(100, 'must hold at most 100 goods'))),
  shipping: v.optional(ShippingSchema),
  buyer: v.optional(BuyerSchema),
  env: v.optional(EnvSchema),
  extendInfo: v.optional(text(2048)),
});
export type Order = v.InferOutput<typeof OrderSchema>;

export const CreditPayPlanSchema = v.object({
  installmentNum: v.optional(
    v.pipe(
      integerText(2),
      v.check((s) => Number(s) >= 2 && Number(s) <= 36, 'must be between "2" and "36"'),
    ),
  ),
  interval: v.optional(text(16)),
  creditPayFeeType: v.optional(v.picklist(['PERCENTAGE'], 'must be "PERCENTAGE"')),
  feePercentage: v.optional(
    v.pipe(
      integerText(3),
      v.check((s) => Number(s) >= 0 && Number(s) <= 100, 'must be between "0" and "100"'),
    ),
  ),
});
export type CreditPayPlan = v.InferOutput<typeof CreditPayPlanSchema>;

export const BatchPayRequestSchema = v.object({
  productCode: v.literal('CASHIER_PAYMENT', 'is required and must be "CASHIER_PAYMENT"'),
  batchPaymentRequestId: requiredText(64),
  paymentAmount: AmountSchema,
  paymentFactor: v.optional(PaymentFactorSchema),
  paymentMethod: PaymentMethodSchema,
  paymentExpiryTime: v.optional(dateTimeText()),
  paymentRedirectUrl: requiredText(2048),
  paymentNotifyUrl: requiredText(2048),
  userRegion: v.optional(
    v.pipe(
      v.string('must be a string'),
      v.regex(/^[A-Z]{2}$/, 'must be a 2-letter ISO 3166 region code in capitals, such as "KR"'),
    ),
  ),
  creditPayPlan: v.optional(CreditPayPlanSchema),
  appId: v.optional(text(32)),
  env: EnvSchema,
  orderList: v.pipe(
    v.array(OrderSchema, 'is required: an array of orders'),
    v.maxLength(10, 'must hold at most 10 orders'),
  ),
});
export type BatchPayRequest = v.InferOutput<typeof BatchPayRequestSchema>;

export const ResultSchema = v.object({
  resultCode: requiredText(64),
  resultStatus: v.picklist(resultStatuses, 'must be S, F or U'),
  resultMessage: v.optional(text(256)),
});
export type Result = v.InferOutput<typeof ResultSchema>;

export const PspCustomerInfoSchema = v.object({
  pspName: v.optional(text(64)),
  pspCustomerId: v.optional(text(64)),
  displayCustomerId: v.optional(text(64)),
  displayCustomerName: v.optional(text(64)),
  extendInfo: v.optional(text(2048)),
});
export type PspCustomerInfo = v.InferOutput<typeof PspCustomerInfoSchema>;

export const CodeDetailSchema = v.object({
  codeValueType: v.picklist(['BARCODE', 'QRCODE'], 'must be BARCODE or QRCODE'),
  codeValue: requiredText(2048),
  displayType: v.picklist(
    ['TEXT', 'SMALLIMAGE', 'MIDDLEIMAGE', 'BIGIMAGE', 'IMAGE'],
    'must be TEXT, SMALLIMAGE, MIDDLEIMAGE, BIGIMAGE or IMAGE',
  ),
});
export type CodeDetail = v.InferOutput<typeof CodeDetailSchema>;

export const OrderCodeFormSchema = v.object({
  paymentMethodType: v.optional(text(64)),
  expireTime: v.optional(dateTimeText()),
  codeDetails: v.pipe(v.array(CodeDetailSchema), v.maxLength(4, 'must hold at most 4 code details')),
  extendInfo: v.optional(text(2048)),
});
export type OrderCodeForm = v.InferOutput<typeof OrderCodeFormSchema>;

export const PaymentResultInfoSchema = v.looseObject({
  cardToken: v.optional(text(2048)),
  cardBrand: v.optional(text(32)),
  cardBin: v.optional(text(8)),
  lastFour: v.optional(text(4)),
  expiryMonth: v.optional(text(2)),
  expiryYear: v.optional(text(2)),
  funding: v.optional(text(20)),
  issuingCountry: v.optional(text(2)),
  paymentMethodRegion: v.optional(text(6)),
  threeDSResult: v.optional(v.record(v.string(), v.unknown())),
  avsResultRaw: v.optional(text(1)),
  cvvResultRaw: v.optional(text(1)),
  networkTransactionId: v.optional(text(256)),
  refusalCodeRaw: v.optional(text(256)),
  refusalReasonRaw: v.optional(text(256)),
  merchantAdviceCode: v.optional(text(2)),
  rrn: v.optional(text(64)),
  authorizationCode: v.optional(text(64)),
});
export type PaymentResultInfo = v.InferOutput<typeof PaymentResultInfoSchema>;

/** One entry per order of the request (spec, Decisions). */
export const OrderSummarySchema = v.object({
  referenceOrderId: requiredText(64),
  referenceMerchantId: requiredText(64),
  paymentId: requiredText(64),
  orderAmount: AmountSchema,
});
export type OrderSummary = v.InferOutput<typeof OrderSummarySchema>;

const urlText = () => text(2048);

export const BatchPayResponseSchema = v.looseObject({
  result: ResultSchema,
  batchPaymentRequestId: v.optional(text(64)),
  paymentCreateTime: v.optional(dateTimeText()),
  paymentData: v.optional(text(20000)),
  pspCustomerInfo: v.optional(PspCustomerInfoSchema),
  orderCodeForm: v.optional(OrderCodeFormSchema),
  appIdentifier: v.optional(text(128)),
  applinkUrl: v.optional(urlText()),
  normalUrl: v.optional(urlText()),
  schemeUrl: v.optional(urlText()),
  paymentResultInfo: v.optional(PaymentResultInfoSchema),
  /** Required by Antom's reference on success; an error answer of the gateway carries none. */
  orderSummaries: v.optional(
    v.pipe(v.array(OrderSummarySchema), v.maxLength(10, 'must hold at most 10 order summaries')),
  ),
});
export type BatchPayResponse = v.InferOutput<typeof BatchPayResponseSchema>;
