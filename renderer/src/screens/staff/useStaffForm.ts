import { schemaResolver, useForm } from '@mantine/form';
import { useCallback, useMemo, useState } from 'react';
import { normalizeIdNumber, parseIdNumber, type ParsedIdNumber } from '../../../../shared/rules/idNumber';
import { normalizePhone } from '../../../../shared/rules/phone';
import type { StaffInput } from '../../../../shared/staff/schemas';
import { retirementAgeFor, staffFormSchema, type StaffField, type StaffFormValues } from './staffFormSchema';

export { valuesFrom, type StaffField, type StaffFormValues } from './staffFormSchema';

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

const validateStaff = schemaResolver(staffFormSchema, { sync: true });
const allFields: StaffField[] = ['idNumber', 'name', 'phone', 'account', 'unitId', 'rank', 'post', 'status', 'retirementAge', 'notes'];

/**
 * Whether a field's value can be judged before the admin leaves the field:
 * a complete ID or phone number, a name once something is typed, text that
 * is too long at once; an empty name or unit only after leaving.
 */
function judgeable(field: StaffField, values: StaffFormValues): boolean {
  switch (field) {
    case 'idNumber':
      return normalizeIdNumber(values.idNumber).length >= 18;
    case 'phone':
      return normalizePhone(values.phone).length >= 11;
    case 'name':
      return values.name.trim() !== '';
    case 'unitId':
      return false;
    default:
      return true;
  }
}

/**
 * The staff form (@mantine/form) validated by staffFormSchema as the admin
 * types. A problem shows once the field has been left (or the value is long
 * enough to judge), so half-typed numbers are not scolded; a field counts as
 * touched only once left. The core's refusals show under their field until
 * that field changes.
 */
export function useStaffForm(initial: StaffFormValues) {
  const form = useForm<StaffFormValues, StaffInput>({
    initialValues: initial,
    validate: validateStaff,
    transformValues: (values) => staffFormSchema.parse(values),
    // Touched is set by touch() when a field is left, never by focusing it.
    touchTrigger: 'focus',
  });
  const [alert, setAlert] = useState<string | null>(null);
  const { values } = form;

  const id: ParsedIdNumber = useMemo(() => parseIdNumber(values.idNumber), [values.idNumber]);
  const sex = id.ok ? id.sex : null;
  const retirementAge = retirementAgeFor(sex, values.retirementAge);

  const { setFieldValue, validateField, isTouched, setTouched, setErrors, getValues } = form;
  /** Sets a field (clearing its refusal); checks it at once when it has been left or can be judged. */
  const set = useCallback(
    <K extends StaffField>(field: K, value: StaffFormValues[K]) => {
      // Mantine types a path's value by the literal path; K is any of the fields here.
      (setFieldValue as (path: StaffField, value: StaffFormValues[StaffField]) => void)(field, value);
      if (isTouched(field) || judgeable(field, getValues())) validateField(field);
      setAlert(null);
    },
    [setFieldValue, validateField, isTouched, getValues],
  );
  const touch = useCallback(
    (field: StaffField) => {
      setTouched((t) => (t[field] ? t : { ...t, [field]: true }));
      validateField(field);
    },
    [setTouched, validateField],
  );
  /** Shows every problem (a refusal under a field that is fine by itself stays). */
  const touchAll = useCallback(() => {
    setTouched(Object.fromEntries(allFields.map((f) => [f, true])));
    const problems = validateStaff(getValues());
    setErrors((shown) => ({ ...shown, ...problems }));
  }, [setTouched, setErrors, getValues]);

  /** Shows the core's refusal under its field, or in the Alert when it belongs to none. */
  const { setFieldError } = form;
  const showRefusal = useCallback(
    (code: string, message: string) => {
      const field = fieldOfError[code];
      if (field) setFieldError(field, message);
      else setAlert(message);
    },
    [setFieldError],
  );

  const { setValues, resetTouched, clearErrors } = form;
  const reset = useCallback(
    (next: StaffFormValues) => {
      setValues(next);
      resetTouched();
      clearErrors();
      setAlert(null);
    },
    [setValues, resetTouched, clearErrors],
  );

  return {
    values,
    set,
    touch,
    touchAll,
    id,
    sex,
    retirementAge,
    errors: form.errors as Partial<Record<StaffField, string>>,
    valid: form.isValid(),
    alert,
    setAlert,
    showRefusal,
    reset,
    /** The person as the contract takes it; call only when valid. */
    toInput: () => form.getTransformedValues(),
  };
}

export type StaffForm = ReturnType<typeof useStaffForm>;
