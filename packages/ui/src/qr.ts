// @batchpay/ui/qr: the opt-in QR code (lean-qr inside). Pass it to CashierRedirect as `qrCode={QrCode}`; a checkout
// that does not import this entry never loads the encoder.
export { QrCode, type QrCodeProps, qrPath } from './QrCode.js';
