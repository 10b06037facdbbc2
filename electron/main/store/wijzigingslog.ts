// placeholder
export const WIJZIGINGSLOG_TABELLEN = ['veldwijziging', 'replica', 'gewist', 'apparaat'] as const;
