// The notice's one-of fields: identity, time limit, fee, place and phones.
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../../electron/api';
import { pickLocalized } from '../../i18n/localized';
import { AREA_ORDER } from '../../notices/areas';
import { useStaff } from '../staff-session';
import { MATTER_TYPE_CHOICES } from './choices';
import type { NoticeDraft } from './draft';
import { EditorContext, LocalizedLineFields, SelectField, TextField } from './fields';
import { fieldId } from './issues';

export function IdentitySection({ isNew, services }: { isNew: boolean; services: ServiceSummary[] }) {
  const { t } = useTranslation();
  const { locale } = useStaff();
  const { draft } = useContext(EditorContext);
  const d = draft as NoticeDraft;
  const serviceOptions = services.map((s) => ({ value: s.id, label: pickLocalized(s.name, locale) }));
  // A notice may name a service this kiosk does not list (yet): keep it choosable.
  if (d.serviceId && !services.some((s) => s.id === d.serviceId))
    serviceOptions.push({ value: d.serviceId, label: d.serviceId });
  return (
    <fieldset className="staff-section">
      <legend>{t('staff.editor.section.identity')}</legend>
      {isNew ? (
        <TextField path={['id']} label={t('staff.field.id')} />
      ) : (
        <p>
          {t('staff.field.id')}: <span lang="en">{d.id}</span>
        </p>
      )}
      <SelectField
        path={['serviceId']}
        label={t('staff.field.service')}
        options={[{ value: '', label: t('staff.editor.choose') }, ...serviceOptions]}
      />
      <SelectField
        path={['area']}
        label={t('staff.field.area')}
        options={AREA_ORDER.map((area) => ({ value: area, label: t(`staff.area.${area}`) }))}
      />
      <LocalizedLineFields path={['title']} label={t('staff.field.title')} />
      <SelectField
        path={['matterType']}
        label={t('staff.field.matterType')}
        options={MATTER_TYPE_CHOICES.map((type) => ({ value: type, label: t(`staff.matterType.${type}`) }))}
      />
    </fieldset>
  );
}

export function TimeLimitAndFeeSection() {
  const { t } = useTranslation();
  const { draft } = useContext(EditorContext);
  const d = draft as NoticeDraft;
  return (
    <>
      <fieldset className="staff-section" id={fieldId(['timeLimit'])} tabIndex={-1}>
        <legend>{t('staff.field.timeLimit')}</legend>
        <SelectField
          path={['timeLimit', 'kind']}
          label={t('staff.field.timeLimitKind')}
          options={[
            { value: 'same-day', label: t('staff.timeLimit.same-day') },
            { value: 'working-days', label: t('staff.timeLimit.working-days') },
          ]}
        />
        {d.timeLimit.kind === 'working-days' && (
          <TextField path={['timeLimit', 'days']} label={t('staff.field.days')} inputMode="numeric" />
        )}
      </fieldset>
      <fieldset className="staff-section" id={fieldId(['fee'])} tabIndex={-1}>
        <legend>{t('staff.field.fee')}</legend>
        <SelectField
          path={['fee', 'kind']}
          label={t('staff.field.feeKind')}
          options={[
            { value: 'free', label: t('staff.fee.free') },
            { value: 'charged', label: t('staff.fee.charged') },
          ]}
        />
        {d.fee.kind === 'charged' && (
          <>
            <LocalizedLineFields path={['fee', 'amount']} label={t('staff.field.amount')} />
            <LocalizedLineFields path={['fee', 'basis']} label={t('staff.field.feeBasis')} />
          </>
        )}
      </fieldset>
    </>
  );
}

export function PlaceSection() {
  const { t } = useTranslation();
  return (
    <fieldset className="staff-section">
      <legend>{t('staff.editor.section.place')}</legend>
      <LocalizedLineFields path={['place', 'address']} label={t('staff.field.address')} />
      <LocalizedLineFields path={['place', 'windows']} label={t('staff.field.windows')} />
      <LocalizedLineFields path={['place', 'hours']} label={t('staff.field.hours')} />
      <TextField path={['consultationPhone']} label={t('staff.field.consultationPhone')} inputMode="tel" />
      <TextField path={['complaintPhone']} label={t('staff.field.complaintPhone')} inputMode="tel" />
      <TextField path={['formIds']} label={t('staff.field.formIds')} />
    </fieldset>
  );
}
