import { z } from 'zod';

/**
 * zod's own messages (for a value no schema message covers: a missing field,
 * an unknown key, a wrong type) in Chinese, wherever the contract is loaded:
 * a refused request then says what was wrong in the admins' language.
 */
z.config(z.locales.zhCN());
// zh-CN says a missing field "received undefined"; say it is missing.
z.config({ customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? '缺少这一项' : undefined) });
