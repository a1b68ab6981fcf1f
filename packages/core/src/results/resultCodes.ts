import type { ResultStatus } from '../wire/resultStatuses.js';
import { type ResultCodeAction, resultCodeAction } from './resultCodeActions.js';

export interface ResultCodeInfo extends ResultCodeAction {
  /** The result code, as in `result.resultCode`. */
  readonly code: string;
  /** S, F or U exactly as Antom's result-code table gives it. */
  readonly status: ResultStatus;
  /** The "Message" column of Antom's result-code table, word for word. */
  readonly message: string;
  /** The "Further action" column of Antom's result-code table, word for word (lines joined by a space). */
  readonly furtherAction: string;
}

/**
 * Every code of Antom's batchPay result table (fixtures/batchPay-result-codes.txt, copied from its API reference), in its order, plus INVALID_SIGNATURE which
 * Antom's gateway returns for a bad signature. `retry`, `fixableBy` and `nextStep` are the kit's reading of the
 * "Further action" column.
 */
const texts = [
  {
    code: 'SUCCESS',
    status: 'S',
    message: 'Success',
    furtherAction: 'The payment is successful, no further action is needed.',
  },
  {
    code: 'ACCESS_DENIED',
    status: 'F',
    message: 'Access is denied.',
    furtherAction: 'Contact Antom Technical Support for detailed reasons.',
  },
  {
    code: 'INVALID_API',
    status: 'F',
    message: 'The called API is invalid or not active.',
    furtherAction: 'Contact Antom Technical Support to resolve the issue.',
  },
  {
    code: 'CURRENCY_NOT_SUPPORT',
    status: 'F',
    message: 'The currency is not supported.',
    furtherAction: 'Contact Antom Technical Support for detailed reasons.',
  },
  {
    code: 'EXPIRED_CODE',
    status: 'F',
    message: 'The payment code is expired.',
    furtherAction: 'The user needs to refresh the payment code.',
  },
  {
    code: 'FRAUD_REJECT',
    status: 'F',
    message:
      'The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.',
    furtherAction:
      'Contact Antom Technical Support if: • you want to make an appeal. • the user does not receive the refund within two weeks.',
  },
  {
    code: 'INVALID_ACCESS_TOKEN',
    status: 'F',
    message: 'The access token is expired, revoked, or does not exist.',
    furtherAction:
      'Check whether accessToken is correct. If not correct, pass in the correct value. If correct, contact Antom Technical Support for detailed reasons.',
  },
  {
    code: 'INVALID_CONTRACT',
    status: 'F',
    message: 'The parameter values in the contract do not match those in the current transaction.',
    furtherAction:
      'Check whether the parameter values in the contract match those in the current transaction. If the values match, contact Antom Technical Support to troubleshoot the issue.',
  },
  {
    code: 'INVALID_MERCHANT_STATUS',
    status: 'F',
    message: 'The merchant status is abnormal because restrictions exist.',
    furtherAction: 'Contact Antom Technical Support for detailed reasons.',
  },
  {
    code: 'INVALID_PAYMENT_CODE',
    status: 'F',
    message: 'The payment code cannot be accepted by Antom.',
    furtherAction: 'Choose other payment methods. Contact Antom Technical Support if the payment method is supported.',
  },
  {
    code: 'INVALID_PAYMENT_METHOD_META_DATA',
    status: 'F',
    message: 'The payment method metadata is invalid.',
    furtherAction: 'Check whether payment method metadata is correct. If correct, contact Antom Dashboard.',
  },
  {
    code: 'KEY_NOT_FOUND',
    status: 'F',
    message: 'The private key or public key of Antom or the merchant is not found.',
    furtherAction:
      'Check whether the private key or public key exists. If not, upload the private key in Antom Dashboard.',
  },
  {
    code: 'MERCHANT_KYB_NOT_QUALIFIED',
    status: 'F',
    message:
      "The payment failed because of the merchant's KYB status. The merchant is either not KYB compliant, or the KYB status is not qualified for this transaction.",
    furtherAction: 'Contact Antom Technical Support for detailed reasons.',
  },
  {
    code: 'MERCHANT_NOT_REGISTERED',
    status: 'F',
    message: 'The sub-merchant is not registered.',
    furtherAction:
      'If you are an acquirer, register the sub-merchant by using the registration interface. • If you are a marketplace, register the sub-merchant by using the register interface. Contact Antom Technical Support if you failed to call the interface.',
  },
  {
    code: 'NO_INTERFACE_DEF',
    status: 'F',
    message: 'API is not defined.',
    furtherAction: 'Check whether the URL is correct. Please refer to the endpoint in the API documentation.',
  },
  {
    code: 'NO_PAY_OPTIONS',
    status: 'F',
    message: 'The currency is not supported for the transaction.',
    furtherAction:
      'Check whether the currency is supported by the payment method, or check whether the payment method and currency are consistent with the contract. Contact Antom Technical Support for detailed reasons.',
  },
  {
    code: 'ORDER_IS_CANCELED',
    status: 'F',
    message:
      'The request you initiated has the same paymentRequestId as the previously paid transaction, which is canceled.',
    furtherAction: 'Use a new paymentRequestId to initiate the payment again.',
  },
  {
    code: 'ORDER_IS_CLOSED',
    status: 'F',
    message: 'The paymentRequestId of your request is already used for a transaction, which is closed.',
    furtherAction: 'Use a new paymentRequestId to initiate a payment.',
  },
  {
    code: 'PARAM_ILLEGAL',
    status: 'F',
    message:
      'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.',
    furtherAction:
      'Check and verify whether the required request fields (including the header fields and body fields) of the current API are correctly passed and valid.',
  },
  {
    code: 'PAYMENT_AMOUNT_EXCEED_LIMIT',
    status: 'F',
    message: 'The payment amount is greater than the maximum amount allowed by the contract or payment method.',
    furtherAction:
      'Check whether the payment amount exceeds the limit or use a lower amount and try again. Contact Antom technical support to know the specific limitation.',
  },
  {
    code: 'PAYMENT_COUNT_EXCEED_LIMIT',
    status: 'F',
    message: 'The maximum number of payments exceeds the limit that is specified by the payment method.',
    furtherAction: 'Contact Antom Technical Support to know the specific limitation.',
  },
  {
    code: 'PAYMENT_NOT_QUALIFIED',
    status: 'F',
    message:
      'The merchant is not qualified to pay because the merchant is not registered, does not have a contract for Auto Debit payment, or is forbidden to make a payment.',
    furtherAction: 'Contact Antom Technical Support for detailed reasons.',
  },
  {
    code: 'PROCESS_FAIL',
    status: 'F',
    message: 'A general business failure occurred.',
    furtherAction:
      'Do not retry. Human intervention is usually needed. It is recommended that you contact Antom Technical Support to troubleshoot the issue.',
  },
  {
    code: 'REPEAT_REQ_INCONSISTENT',
    status: 'F',
    message: 'The amount or currency is different from the previous request.',
    furtherAction:
      'Ensure all the fields in the requests are the same or use a new paymentRequestId to initiate the payment again.',
  },
  {
    code: 'RISK_REJECT',
    status: 'F',
    message:
      'The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.',
    furtherAction: 'If the user does not receive the refund within two weeks, contact Antom Technical Support.',
  },
  {
    code: 'SETTLE_CONTRACT_NOT_MATCH',
    status: 'F',
    message: 'No matched settlement contract can be found.',
    furtherAction:
      "Check the following for a solution: 1. Specify one settlement currency from the multiple currencies that the merchant signed up for. 2. Check if the settlement currency is specified in the settlement contracts. 3. The merchant didn't sign a settlement contract. Contact Antom Technical Support.",
  },
  {
    code: 'SYSTEM_ERROR',
    status: 'F',
    message: 'A system error occurred.',
    furtherAction: 'Do not retry, and contact Antom Technical Support for more details.',
  },
  {
    code: 'USER_AMOUNT_EXCEED_LIMIT',
    status: 'F',
    message: 'The payment amount exceeds the user payment limit.',
    furtherAction:
      "Create a new payment by using an amount less than or equal to the account's available balance, or contact Antom Technical Support.",
  },
  {
    code: 'USER_BALANCE_NOT_ENOUGH',
    status: 'F',
    message:
      'The payment cannot be completed because the user balance in the corresponding payment method is not enough.',
    furtherAction: 'Please top up the account or choose other payment methods.',
  },
  {
    code: 'USER_KYC_NOT_QUALIFIED',
    status: 'F',
    message:
      "The payment failed because of the user's KYC status. The user is either not KYC compliant, or the KYC status is not qualified for this transaction (for example, limitations on the payment amount or product information).",
    furtherAction: 'Complete the KYC verification first.',
  },
  {
    code: 'PAYMENT_IN_PROCESS',
    status: 'U',
    message: 'The payment is being processed.',
    furtherAction:
      'Get any of the URLs (appLinkUrl, normalUrl, schemeUrl) and open the cashier page. If no URL is returned, call the pay API again with a new paymentRequestId value. If the issue persists, contact Antom Technical Support.',
  },
  {
    code: 'REQUEST_TRAFFIC_EXCEED_LIMIT',
    status: 'U',
    message: 'The request traffic exceeds the limit.',
    furtherAction: 'Call the interface again to resolve the issue. If not resolved, contact Antom Technical Support.',
  },
  {
    code: 'UNKNOWN_EXCEPTION',
    status: 'U',
    message: 'An API call has failed, which is caused by unknown reasons.',
    furtherAction: 'Call the interface again to resolve the issue. If not resolved, contact Antom Technical Support.',
  },
  {
    code: 'USER_NOT_EXIST',
    status: 'F',
    message: 'The user does not exist on the wallet side.',
    furtherAction: 'Contact Antom Technical Support for detailed reasons.',
  },
  {
    code: 'ORDER_NOT_EXIST',
    status: 'F',
    message: 'The order does not exist.',
    furtherAction: 'Check whether paymentId is correct.',
  },
  {
    code: 'USER_PAYMENT_VERIFICATION_FAILED',
    status: 'F',
    message: 'User fails to pass the payment verification in the methods like OTP, PIN, and so on.',
    furtherAction: 'Contact Antom Technical Support to know the specific reasons.',
  },
  {
    code: 'USER_STATUS_ABNORMAL',
    status: 'F',
    message: 'The user status is abnormal on the wallet side.',
    furtherAction: 'Contact Antom Technical Support to know the specific reasons.',
  },
  {
    code: 'VERIFY_TIMES_EXCEED_LIMIT',
    status: 'F',
    message: 'The current verification code failed to pass the payment verification too many times.',
    furtherAction: 'The user must get a new verification code.',
  },
  {
    code: 'VERIFY_UNMATCHED',
    status: 'F',
    message: 'The verification code is invalid.',
    furtherAction: 'The user must get a new verification code.',
  },
  {
    code: 'AUTHENTICATION_REQUIRED',
    status: 'F',
    message: '3D Secure authentication is required.',
    furtherAction: 'Reinitiate the payment and redirect the user to perform 3D Secure authentication.',
  },
  {
    code: 'SELECTED_CARD_BRAND_NOT_AVAILABLE',
    status: 'F',
    message: 'The card brand that the user selected to pay is not available.',
    furtherAction:
      'Check whether the value of selectedCardBrand is correct, or you can empty selectedCardBrand and let Antom decides which card brand the user uses to pay.',
  },
  {
    code: 'PAYMENT_PROHIBITED',
    status: 'F',
    message: 'The payment cannot be processed because the goods are prohibited from sale in the country.',
    furtherAction: 'You are not allowed to appeal against this transaction.',
  },
  {
    code: 'INVALID_SIGNATURE',
    status: 'F',
    message: 'The signature is invalid.',
    furtherAction:
      'Check that the request is signed with the private key whose public key is uploaded in Antom Dashboard, over the exact path and body that are sent.',
  },
] as const satisfies ReadonlyArray<{ code: string; status: ResultStatus; message: string; furtherAction: string }>;

export type ResultCode = (typeof texts)[number]['code'];

export const resultCodeList: readonly ResultCodeInfo[] = texts.map((entry) => ({
  ...resultCodeAction(entry.code, entry.status),
  ...entry,
}));

export const resultCodes: { readonly [K in ResultCode]: ResultCodeInfo } = Object.fromEntries(
  resultCodeList.map((info) => [info.code, info]),
) as { readonly [K in ResultCode]: ResultCodeInfo };

export function isResultCode(code: string): code is ResultCode {
  return Object.hasOwn(resultCodes, code);
}

/**
 * The catalogue entry for a code. A code the table does not know (Antom adds codes over time) is answered by its
 * status: an unknown F or U is a failure to retry with a new request id (the result process logic of Antom's batchPay API reference).
 */
export function getResultCodeInfo(code: string, status?: ResultStatus): ResultCodeInfo {
  if (isResultCode(code)) return resultCodes[code];
  return {
    ...resultCodeAction(code, status),
    code,
    message: `Unknown result code ${code}.`,
    furtherAction: 'Call the API again with a new batchPaymentRequestId value.',
  };
}
