import { describe, expect, it } from 'vitest';
import { rosterFieldLabels } from '../../shared/excel/schemas';
import { exemptionDateLabels, fieldLabels, transferDateLabels } from '../../shared/words/labels';

describe('the shared labels', () => {
  it('spell the roster fields as the import and export columns do', () => {
    for (const [field, label] of Object.entries(rosterFieldLabels)) expect(fieldLabels[field as keyof typeof fieldLabels], field).toBe(label);
  });

  it('are Chinese words, each spelt once', () => {
    for (const table of [fieldLabels, exemptionDateLabels, transferDateLabels]) {
      const labels = Object.values(table);
      for (const label of labels) expect(label).toMatch(/^[\u4e00-\u9fff（）]+$/);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
