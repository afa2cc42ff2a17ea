import { useCallback, useRef, useState } from 'react';
import type { ImportApplyResult, ImportPreview, ImportSheetSample, RosterField } from '../../../../shared/excel/schemas';
import type { StoredFile } from '../../../../shared/common/schemas';
import { ApiCallError, call } from '../../api/client';
import { uploadFile } from '../../api/files';
import { change } from '../../api/queries';

export type Step = 0 | 1 | 2 | 3;
export type Busy = 'upload' | 'preview' | 'sample' | 'apply' | null;

/** The header row the admin points at, with the column choices made for it. */
export interface HeaderChoice {
  sheet: string;
  headerRow: number;
  overrides: Record<string, RosterField | null>;
}

export interface ImportWizard {
  step: Step;
  file: StoredFile | null;
  preview: ImportPreview | null;
  /** The sheet the admin picked; undefined: the first one with a roster header. */
  sheet: string | undefined;
  /** The header row the admin picked by hand; undefined: searched for. */
  headerRow: number | undefined;
  /** The first rows of a sheet while the admin picks the header row (选择表头行); null otherwise. */
  sample: ImportSheetSample | null;
  /** Why the header row is being picked by hand: the desk's message when it found none; null when the admin asked. */
  sampleReason: string | null;
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
  /** Shows the first rows of a sheet (the first visible one unless named) to pick the header row from. */
  openPicker(sheet?: string): Promise<void>;
  closePicker(): void;
  /** Dry-runs with the picked header row and columns; on success the choices hold for this file and the dry run shows. */
  pickHeader(choice: HeaderChoice): Promise<void>;
  setCreateUnits(on: boolean): void;
  setSkipInvalid(on: boolean): void;
  apply(): Promise<void>;
  reset(): void;
}

interface PreviewInput {
  fileId: string;
  sheet: string | undefined;
  headerRow: number | undefined;
  overrides: Record<string, RosterField | null>;
  createUnits: boolean;
}

/**
 * The 导入 steps' state: upload → dry run (re-run on every choice) → apply.
 * When no header row is found, the sheet's first rows are shown instead so
 * the admin can pick it (选择表头行). Only the latest answer counts; an
 * older one arriving late is dropped.
 */
export function useImportWizard(): ImportWizard {
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<StoredFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  const [sample, setSample] = useState<ImportSheetSample | null>(null);
  const [sampleReason, setSampleReason] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Record<string, RosterField | null>>({});
  const [createUnits, setCreateUnitsState] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportApplyResult | null>(null);
  const generation = useRef(0);

  /** Loads a sheet's first rows for 选择表头行 (as answer `mine` of the current generation). */
  const loadSample = useCallback(async (fileId: string, sheetName: string | undefined, reason: string | null, mine: number): Promise<void> => {
    setBusy('sample');
    setError(null);
    try {
      const next = await call('import.sheetSample', { fileId, sheet: sheetName });
      if (mine !== generation.current) return;
      setSample(next);
      setSampleReason(reason);
      setStep(1);
    } catch (e) {
      if (mine === generation.current) setError((e as Error).message);
    } finally {
      if (mine === generation.current) setBusy(null);
    }
  }, []);

  /**
   * One dry run; true when it became the preview. With `pickWhenNoHeader`, a
   * file whose header row cannot be found opens 选择表头行 instead of an error.
   */
  const runPreview = useCallback(
    async (input: PreviewInput, pickWhenNoHeader = false): Promise<boolean> => {
      const mine = ++generation.current;
      setBusy('preview');
      setError(null);
      try {
        const next = await call('import.preview', {
          fileId: input.fileId,
          sheet: input.sheet,
          headerRow: input.headerRow,
          overrides: input.overrides,
          createUnits: input.createUnits,
        });
        if (mine !== generation.current) return false;
        setPreview(next);
        return true;
      } catch (e) {
        if (mine !== generation.current) return false;
        if (pickWhenNoHeader && e instanceof ApiCallError && e.code === 'HEADER_MISSING') await loadSample(input.fileId, input.sheet, e.message, mine);
        else setError((e as Error).message);
        return false;
      } finally {
        if (mine === generation.current) setBusy(null);
      }
    },
    [loadSample],
  );

  const chooseFile = useCallback(
    async (chosen: File) => {
      generation.current++;
      setBusy('upload');
      setError(null);
      setPreview(null);
      setResult(null);
      setFile(null);
      setSheet(undefined);
      setHeaderRow(undefined);
      setSample(null);
      setSampleReason(null);
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
      if (await runPreview({ fileId: stored.fileId, sheet: undefined, headerRow: undefined, overrides: {}, createUnits: false }, true)) setStep(1);
    },
    [runPreview],
  );

  const rerun = (change: Partial<PreviewInput>) => {
    if (!file) return;
    void runPreview({ fileId: file.fileId, sheet, headerRow, overrides, createUnits, ...change });
  };

  const chooseSheet = (name: string) => {
    // Another sheet: its header row is searched for again.
    setSheet(name);
    setHeaderRow(undefined);
    rerun({ sheet: name, headerRow: undefined });
  };

  const chooseField = (header: string, field: RosterField | null) => {
    const next = { ...overrides, [header]: field };
    // One column per field: the column that held it before is no longer imported.
    if (field) for (const c of preview?.columns ?? []) if (c.header !== header && c.field === field) next[c.header] = null;
    setOverrides(next);
    rerun({ overrides: next });
  };

  const openPicker = async (sheetName?: string) => {
    if (!file) return;
    await loadSample(file.fileId, sheetName, sample ? sampleReason : null, ++generation.current);
  };

  const closePicker = () => {
    generation.current++;
    setSample(null);
    setSampleReason(null);
    setBusy(null);
    setError(null);
  };

  const pickHeader = async (choice: HeaderChoice) => {
    if (!file) return;
    const next = { ...overrides, ...choice.overrides };
    if (await runPreview({ fileId: file.fileId, sheet: choice.sheet, headerRow: choice.headerRow, overrides: next, createUnits })) {
      setSheet(choice.sheet);
      setHeaderRow(choice.headerRow);
      setOverrides(next);
      setSample(null);
      setSampleReason(null);
      setStep(2);
    }
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
      const done = await change('import.apply', { fileId: file.fileId, sheet, headerRow, overrides, createUnits, skipInvalid });
      setResult(done);
      if (!done.applied) void runPreview({ fileId: file.fileId, sheet, headerRow, overrides, createUnits });
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
    setHeaderRow(undefined);
    setSample(null);
    setSampleReason(null);
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
    headerRow,
    sample,
    sampleReason,
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
    openPicker,
    closePicker,
    pickHeader,
    setCreateUnits,
    setSkipInvalid,
    apply,
    reset,
  };
}
