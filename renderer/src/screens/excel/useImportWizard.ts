import { useCallback, useRef, useState } from 'react';
import type { ImportApplyResult, ImportPreview, RosterField, StoredFile } from '../../../../shared/schemas';
import { call } from '../../api/client';
import { uploadFile } from '../../api/files';

export type Step = 0 | 1 | 2 | 3;
export type Busy = 'upload' | 'preview' | 'apply' | null;

export interface ImportWizard {
  step: Step;
  file: StoredFile | null;
  preview: ImportPreview | null;
  /** The sheet the admin picked; undefined: the first one with a roster header. */
  sheet: string | undefined;
  /** The column choices made on this file (header → field, null: 不导入). */
  overrides: Record<string, RosterField | null>;
  createUnits: boolean;
  skipInvalid: boolean;
  busy: Busy;
  /** What went wrong last (the core's message), shown on the current step. */
  error: string | null;
  result: ImportApplyResult | null;
  goTo(step: Step): void;
  chooseFile(file: File): Promise<void>;
  chooseSheet(sheet: string): void;
  chooseField(header: string, field: RosterField | null): void;
  setCreateUnits(on: boolean): void;
  setSkipInvalid(on: boolean): void;
  apply(): Promise<void>;
  reset(): void;
}

interface PreviewInput {
  fileId: string;
  sheet: string | undefined;
  overrides: Record<string, RosterField | null>;
  createUnits: boolean;
}

/**
 * The 导入 steps' state: upload → dry run (re-run on every choice) → apply.
 * Only the latest dry run counts; an older answer arriving late is dropped.
 */
export function useImportWizard(): ImportWizard {
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<StoredFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [overrides, setOverrides] = useState<Record<string, RosterField | null>>({});
  const [createUnits, setCreateUnitsState] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportApplyResult | null>(null);
  const generation = useRef(0);

  const runPreview = useCallback(async (input: PreviewInput): Promise<boolean> => {
    const mine = ++generation.current;
    setBusy('preview');
    setError(null);
    try {
      const next = await call('import.preview', { fileId: input.fileId, sheet: input.sheet, overrides: input.overrides, createUnits: input.createUnits });
      if (mine !== generation.current) return false;
      setPreview(next);
      return true;
    } catch (e) {
      if (mine === generation.current) setError((e as Error).message);
      return false;
    } finally {
      if (mine === generation.current) setBusy(null);
    }
  }, []);

  const chooseFile = useCallback(
    async (chosen: File) => {
      generation.current++;
      setBusy('upload');
      setError(null);
      setPreview(null);
      setResult(null);
      setFile(null);
      setSheet(undefined);
      setOverrides({});
      setCreateUnitsState(false);
      setSkipInvalid(false);
      let stored: StoredFile;
      try {
        stored = await uploadFile(chosen);
      } catch (e) {
        setError((e as Error).message);
        setBusy(null);
        return;
      }
      setFile(stored);
      if (await runPreview({ fileId: stored.fileId, sheet: undefined, overrides: {}, createUnits: false })) setStep(1);
    },
    [runPreview],
  );

  const rerun = (change: Partial<PreviewInput>) => {
    if (!file) return;
    void runPreview({ fileId: file.fileId, sheet, overrides, createUnits, ...change });
  };

  const chooseSheet = (name: string) => {
    setSheet(name);
    rerun({ sheet: name });
  };

  const chooseField = (header: string, field: RosterField | null) => {
    const next = { ...overrides, [header]: field };
    // One column per field: the column that held it before is no longer imported.
    if (field) for (const c of preview?.columns ?? []) if (c.header !== header && c.field === field) next[c.header] = null;
    setOverrides(next);
    rerun({ overrides: next });
  };

  const setCreateUnits = (on: boolean) => {
    setCreateUnitsState(on);
    rerun({ createUnits: on });
  };

  const apply = async () => {
    if (!file) return;
    setBusy('apply');
    setError(null);
    try {
      const done = await call('import.apply', { fileId: file.fileId, sheet, overrides, createUnits, skipInvalid });
      setResult(done);
      if (!done.applied) void runPreview({ fileId: file.fileId, sheet, overrides, createUnits });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy((b) => (b === 'apply' ? null : b));
    }
  };

  const reset = () => {
    generation.current++;
    setStep(0);
    setFile(null);
    setPreview(null);
    setSheet(undefined);
    setOverrides({});
    setCreateUnitsState(false);
    setSkipInvalid(false);
    setBusy(null);
    setError(null);
    setResult(null);
  };

  return {
    step,
    file,
    preview,
    sheet,
    overrides,
    createUnits,
    skipInvalid,
    busy,
    error,
    result,
    goTo: (s) => {
      setError(null);
      setStep(s);
    },
    chooseFile,
    chooseSheet,
    chooseField,
    setCreateUnits,
    setSkipInvalid,
    apply,
    reset,
  };
}
