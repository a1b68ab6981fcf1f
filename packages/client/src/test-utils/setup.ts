import '../../../../node20-polyfills.mjs';
