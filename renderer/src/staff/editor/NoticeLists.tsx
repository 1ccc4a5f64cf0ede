// The notice's lists: legal basis (highest rank first), materials, steps and FAQ; each item can be
// added, removed and moved.
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_RANK_CHOICES, MATERIAL_FORM_CHOICES } from './choices';
import { emptyFaq, emptyLegalBasis, emptyLocalized, emptyMaterial, type NoticeDraft } from './draft';
import {
  EditorContext,
  FieldIssues,
  LocalizedLineFields,
  MarkdownFields,
  SelectField,
  TextField,
} from './fields';
import { fieldId } from './issues';
import { AddButton, ListControls } from './ListControls';

function ListSection(props: {
  path: string;
  legend: string;
  children: React.ReactNode;
  add: React.ReactNode;
}) {
  return (
    <fieldset className="staff-section" id={fieldId([props.path])} tabIndex={-1}>
      <legend>{props.legend}</legend>
      <FieldIssues path={[props.path]} group />
      {props.children}
      {props.add}
    </fieldset>
  );
}

export function LegalBasisSection() {
  const { t } = useTranslation();
  const d = useContext(EditorContext).draft as NoticeDraft;
  return (
    <ListSection
      path="legalBasis"
      legend={t('staff.field.legalBasis')}
      add={<AddButton path={['legalBasis']} label={t('staff.editor.addLegalBasis')} make={emptyLegalBasis} />}
    >
      {d.legalBasis.map((_, i) => {
        const name = t('staff.editor.legalBasisItem', { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; position is what staff edit
          <fieldset key={i} className="staff-item">
            <legend>{name}</legend>
            <SelectField
              path={['legalBasis', i, 'rank']}
              label={t('staff.field.rank')}
              options={LEGAL_RANK_CHOICES.map((rank) => ({ value: rank, label: t(`staff.rank.${rank}`) }))}
            />
            <LocalizedLineFields path={['legalBasis', i, 'title']} label={t('staff.field.lawTitle')} />
            <LocalizedLineFields path={['legalBasis', i, 'article']} label={t('staff.field.article')} />
            <ListControls path={['legalBasis']} index={i} itemName={name} min={1} />
          </fieldset>
        );
      })}
    </ListSection>
  );
}

export function MaterialsSection() {
  const { t } = useTranslation();
  const d = useContext(EditorContext).draft as NoticeDraft;
  return (
    <ListSection
      path="materials"
      legend={t('staff.field.materials')}
      add={<AddButton path={['materials']} label={t('staff.editor.addMaterial')} make={emptyMaterial} />}
    >
      {d.materials.map((_, i) => {
        const name = t('staff.editor.materialItem', { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; position is what staff edit
          <fieldset key={i} className="staff-item">
            <legend>{name}</legend>
            <LocalizedLineFields path={['materials', i, 'name']} label={t('staff.field.materialName')} />
            <SelectField
              path={['materials', i, 'form']}
              label={t('staff.field.materialForm')}
              options={MATERIAL_FORM_CHOICES.map((form) => ({
                value: form,
                label: t(`staff.materialForm.${form}`),
              }))}
            />
            <TextField
              path={['materials', i, 'copies']}
              label={t('staff.field.copies')}
              inputMode="numeric"
            />
            <MarkdownFields path={['materials', i, 'notes']} label={t('staff.field.notes')} context={name} />
            <TextField path={['materials', i, 'formId']} label={t('staff.field.formId')} />
            <ListControls path={['materials']} index={i} itemName={name} min={1} />
          </fieldset>
        );
      })}
    </ListSection>
  );
}

export function StepsSection() {
  const { t } = useTranslation();
  const d = useContext(EditorContext).draft as NoticeDraft;
  return (
    <ListSection
      path="steps"
      legend={t('staff.field.steps')}
      add={<AddButton path={['steps']} label={t('staff.editor.addStep')} make={emptyLocalized} />}
    >
      {d.steps.map((_, i) => {
        const name = t('staff.editor.stepItem', { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; position is what staff edit
          <fieldset key={i} className="staff-item">
            <legend>{name}</legend>
            <MarkdownFields path={['steps', i]} label={name} />
            <ListControls path={['steps']} index={i} itemName={name} min={1} />
          </fieldset>
        );
      })}
    </ListSection>
  );
}

export function FaqSection() {
  const { t } = useTranslation();
  const d = useContext(EditorContext).draft as NoticeDraft;
  return (
    <ListSection
      path="faq"
      legend={t('staff.field.faq')}
      add={<AddButton path={['faq']} label={t('staff.editor.addFaq')} make={emptyFaq} />}
    >
      {d.faq.map((_, i) => {
        const name = t('staff.editor.faqItem', { n: i + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; position is what staff edit
          <fieldset key={i} className="staff-item">
            <legend>{name}</legend>
            <LocalizedLineFields path={['faq', i, 'question']} label={t('staff.field.question')} />
            <MarkdownFields path={['faq', i, 'answer']} label={t('staff.field.answer')} context={name} />
            <ListControls path={['faq']} index={i} itemName={name} />
          </fieldset>
        );
      })}
    </ListSection>
  );
}
