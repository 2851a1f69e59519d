/**
 * 支出功能分类 codes have 3 (类), 5 (款) or 7 (项) digits and start with 2. Unit codes such as
 * 217001 also start with 2 but have 6 digits, so the lengths must be exact.
 */
export const FUNCTION_CODE = /^2\d{2}(?:\d{2}){0,2}$/;
// The wrapped tail of the cell above may be drawn in front of the code ("缴费支出2080506-…").
export const FUNCTION_CODE_NAME = /^[\u4E00-\u9FFF（）()、]*2\d{2}(?:\d{2}){0,2}-/;
