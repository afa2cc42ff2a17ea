import type { TransferDirection } from '../../../../shared/transfers/schemas';

export const directionLabels: Record<TransferDirection, string> = { in: '调入', out: '调出', within: '内部调动' };
export const directionColors: Record<TransferDirection, string> = { in: 'teal.8', out: 'orange.8', within: 'gray.7' };
