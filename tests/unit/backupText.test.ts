import { describe, expect, it } from 'vitest';
import { evidenceOutcome, evidencePlanText } from '../../renderer/src/screens/settings/backupText';

describe('what a restore did to the evidence, as the restore dialog says it', () => {
  it('names each change, repairs included, and says nothing when the evidence was left alone', () => {
    expect(evidenceOutcome({ evidenceRestored: 0, evidenceRepaired: 0, evidenceRemoved: 0 })).toBeNull();
    expect(evidenceOutcome({ evidenceRestored: 2, evidenceRepaired: 1, evidenceRemoved: 0 })).toBe(
      '证明材料：放回 2 个证明材料文件，用备份中的完好副本修复了 1 个已损坏的证明材料文件。',
    );
    expect(evidenceOutcome({ evidenceRestored: 0, evidenceRepaired: 0, evidenceRemoved: 3 })).toContain('移除了被撤销的那次恢复加入的 3 个');
  });

  it('says before the restore what it will do to the evidence', () => {
    expect(evidencePlanText({ add: 0, repair: 0, remove: 0 })).toBe('不变（现有证明材料一个也不会被覆盖或删除）');
    expect(evidencePlanText({ add: 1, repair: 2, remove: 0 })).toBe('放回 1 个文件，用备份中的完好副本修复 2 个已损坏的文件；其余证明材料不变');
  });
});
