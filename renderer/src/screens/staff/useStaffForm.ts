import { useCallback, useMemo, useState } from 'react';
import { parseIdNumber, normalizeIdNumber, type ParsedIdNumber } from '../../../../shared/rules/idNumber';
import { normalizePhone, phoneProblem } from '../../../../shared/rules/phone';
import type { RetirementAge } from '../../../../shared/rules/retirement';
import type { Staff, StaffInput, StaffStatus } from '../../../../shared/schemas';
import { IN_SERVICE } from '../../../../shared/staffStatus';

export interface StaffFormValues {
  idNumber: string;
  name: string;
  phone: string;
  account: string;
  unitId: string | null;
  rank: string | null;
  post: string;
  status: StaffStatus;
  /** Only 50 or 55 matter (women); men are always 60. */
  retirementAge: RetirementAge;
  notes: string;
}

export type StaffField = keyof StaffFormValues;

export function valuesFrom(staff: Staff | null, unitId: number | null): StaffFormValues {
  return {
    idNumber: staff?.idNumber ?? '',
    name: staff?.name ?? '',
    phone: staff?.phone ?? '',
    account: staff?.account ?? '',
    unitId: staff ? String(staff.unitId) : unitId === null ? null : String(unitId),
    rank: staff?.rank ?? null,
    post: staff?.post ?? '',
    status: staff?.status ?? IN_SERVICE,
    retirementAge: staff?.retirementAge ?? 55,
    notes: staff?.notes ?? '',
  };
}

/** Where the core's refusal belongs in the form; codes not listed go to the Alert above the buttons. */
const fieldOfError: Record<string, StaffField> = {
  ID_MISSING: 'idNumber',
  ID_FORMAT: 'idNumber',
  ID_CHECKSUM: 'idNumber',
  ID_DUPLICATE: 'idNumber',
  NAME_MISSING: 'name',
  PHONE_FORMAT: 'phone',
  UNIT_NOT_FOUND: 'unitId',
  UNIT_ARCHIVED: 'unitId',
  VALUE_UNKNOWN: 'rank',
};

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * The staff form's values and what is wrong with them, checked as the admin
 * types with the same rules the core enforces. A problem shows once the field
 * has been left (or the value is long enough to judge), so half-typed numbers
 * are not scolded.
 */
export function useStaffForm(initial: StaffFormValues) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<StaffField>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<StaffField, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);

  const id: ParsedIdNumber = useMemo(() => parseIdNumber(values.idNumber), [values.idNumber]);
  const sex = id.ok ? id.sex : null;
  const retirementAge: RetirementAge | null = sex === '男' ? 60 : sex === '女' ? (values.retirementAge === 50 ? 50 : 55) : null;
  const phone = phoneProblem(values.phone);

  const shown = (field: StaffField, longEnough: boolean) => touched.has(field) || longEnough;
  const errors: Partial<Record<StaffField, string>> = {
    idNumber: serverErrors.idNumber ?? (!id.ok && shown('idNumber', normalizeIdNumber(values.idNumber).length >= 18) ? id.message : undefined),
    name: serverErrors.name ?? (values.name.trim() === '' && touched.has('name') ? '姓名不能为空' : undefined),
    phone: serverErrors.phone ?? (phone && shown('phone', normalizePhone(values.phone).length >= 11) ? phone : undefined),
    unitId: serverErrors.unitId ?? (values.unitId === null && touched.has('unitId') ? '请选择单位' : undefined),
    rank: serverErrors.rank,
  };
  const valid = id.ok && values.name.trim() !== '' && phone === null && values.unitId !== null;

  const set = useCallback(<K extends StaffField>(field: K, value: StaffFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServerErrors((e) => (e[field] === undefined ? e : { ...e, [field]: undefined }));
    setAlert(null);
  }, []);
  const touch = useCallback((field: StaffField) => setTouched((t) => (t.has(field) ? t : new Set([...t, field]))), []);
  const touchAll = useCallback(() => setTouched(new Set(Object.keys(initial) as StaffField[])), [initial]);

  /** Shows the core's refusal under its field, or in the Alert when it belongs to none. */
  const showRefusal = useCallback((code: string, message: string) => {
    const field = fieldOfError[code];
    if (field) setServerErrors((e) => ({ ...e, [field]: message }));
    else setAlert(message);
  }, []);

  const reset = useCallback((next: StaffFormValues) => {
    setValues(next);
    setTouched(new Set());
    setServerErrors({});
    setAlert(null);
  }, []);

  function toInput(): StaffInput {
    return {
      idNumber: id.ok ? id.idNumber : values.idNumber,
      name: values.name.trim(),
      phone: blank(normalizePhone(values.phone)),
      account: blank(values.account),
      unitId: Number(values.unitId),
      rank: values.rank,
      post: blank(values.post),
      status: values.status,
      retirementAge,
      notes: blank(values.notes),
    };
  }

  return { values, set, touch, touchAll, id, sex, retirementAge, errors, valid, alert, setAlert, showRefusal, reset, toInput };
}

export type StaffForm = ReturnType<typeof useStaffForm>;
