/** 中国大陆手机号: 11 digits, starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export function isValidMobile(value: string): boolean {
  return MOBILE_PATTERN.test(value);
}
