/** Moved to src/i18n (settings components use it too); kept here so existing imports still work. */
export { useAllStrings } from '../../i18n/useAllStrings';
