import { Box, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { formatDate, formatPhone } from '../common/format';
import { Section } from '../common/Section';
import { useCan } from '../providers/useCan';
import type { DestructionActContent, DestructionActPerson, DestructionPlanItem } from '../types';
import { ActItem } from './ActItem';
import { ActSubmissionsSection } from './ActSubmissionsSection';
import { categoryKey, inContractOrder } from './categories';

const F = 'resources.destruction-acts.fields';

/**
 * The act's fields in the order Order 179 lists them (legal rules, section B). A batch act names its people in a table
 * of the destroyed submissions where a subject's act names its one subject.
 */
export const ActContentSections = ({ content }: { content: DestructionActContent }) => {
  const translate = useTranslate();
  return (
    <>
      <Section title="resources.destruction-acts.sections.operator" columns={2}>
        <ActItem label={`${F}.operator_name`}>{content.operator.name}</ActItem>
        <ActItem label={`${F}.processor`}>
          {content.processor ?? translate('resources.destruction-acts.processor_none')}
        </ActItem>
        <ActItem label={`${F}.legal_address`}>{content.operator.legal_address}</ActItem>
        <ActItem label={`${F}.postal_address`}>{content.operator.postal_address}</ActItem>
      </Section>
      {content.subject && content.earlier_act ? (
        <EarlierSubjectSection id={content.subject.id} earlier={content.earlier_act} />
      ) : content.subject ? (
        <ActSubjectSection subject={content.subject} />
      ) : (
        <ActSubmissionsSection submissions={content.submissions ?? []} />
      )}
      <Section title="resources.destruction-acts.sections.persons" columns={2}>
        <ActItem label={`${F}.proposer`}>
          <Person person={content.proposer} />
        </ActItem>
        <ActItem label={`${F}.approver`}>
          <Person person={content.approver} />
        </ActItem>
      </Section>
      <ActCategories destroyed={content.destroyed} retained={content.retained} />
      <Section title="resources.destruction-acts.sections.destruction" columns={2}>
        <ActItem label={`${F}.system_name`}>{content.system_name}</ActItem>
        <ActItem label={`${F}.method`}>{content.method}</ActItem>
        <ActItem label={`${F}.reason`}>
          {translate(`resources.destructions.reason.${content.reason}`, { _: content.reason })}
        </ActItem>
        <ActItem label={`${F}.reason_text`}>{content.reason_text}</ActItem>
        {content.letter_id !== null && (
          <ActItem label={`${F}.letter_id`}>
            <LetterLink id={content.letter_id} number={content.letter?.reg_number} />
          </ActItem>
        )}
        <ActItem label={`${F}.destroyed_on`}>{formatDate(content.destroyed_on)}</ActItem>
        <ActItem label={`${F}.comment`} wide>
          {content.comment}
        </ActItem>
      </Section>
    </>
  );
};

/** A subject's act: the one person whose data was destroyed. */
const ActSubjectSection = ({ subject }: { subject: NonNullable<DestructionActContent['subject']> }) => {
  const fullName = [subject.last_name, subject.first_name, subject.patronymic].filter(Boolean).join(' ');
  return (
    <Section title="resources.destruction-acts.sections.subject" columns={4}>
      <ActItem label={`${F}.full_name`}>{fullName}</ActItem>
      <ActItem label={`${F}.birth_date`}>{formatDate(subject.birth_date)}</ActItem>
      <ActItem label={`${F}.phone`}>
        <span style={{ whiteSpace: 'nowrap' }}>{formatPhone(subject.phone)}</span>
      </ActItem>
      <ActItem label={`${F}.email`}>{subject.email}</ActItem>
    </Section>
  );
};

/** A subject destroyed before, whose retained data this act destroys: the earlier act is what names the person. */
const EarlierSubjectSection = ({ id, earlier }: { id: number; earlier: { number: string; destroyed_on: string } }) => {
  const translate = useTranslate();
  return (
    <Section title="resources.destruction-acts.sections.subject" columns={2}>
      <ActItem label={`${F}.full_name`}>
        {translate('resources.destruction-acts.earlier_act', {
          number: earlier.number,
          date: formatDate(earlier.destroyed_on),
        })}
      </ActItem>
      <ActItem label={`${F}.subject_id`}>{id}</ActItem>
    </Section>
  );
};

/** A person who destroyed the data: full name, position (the order asks for both), and the account under them. */
const Person = ({ person }: { person: DestructionActPerson }) => {
  const translate = useTranslate();
  return (
    <>
      <span style={{ display: 'block' }}>{person.full_name}</span>
      <span style={{ display: 'block' }}>
        {person.position ?? translate('resources.destruction-acts.position_none')}
      </span>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {translate('resources.destruction-acts.person_login', { login: person.login })}
      </Typography>
    </>
  );
};

/** What was destroyed, and what was retained with its legal basis and term (it stays blocked meanwhile). */
const ActCategories = ({
  destroyed,
  retained,
}: {
  destroyed: DestructionPlanItem[];
  retained: DestructionPlanItem[];
}) => {
  const translate = useTranslate();
  const destroyedLines = inContractOrder(destroyed);
  const retainedLines = inContractOrder(retained);
  const none = translate('resources.destruction-acts.nothing');
  const empty = translate('pd.common.empty');
  return (
    <Section title="resources.destruction-acts.sections.categories" columns={2}>
      <ActItem label={`${F}.destroyed`}>
        {destroyedLines.length === 0 ? (
          none
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {destroyedLines.map(({ category }) => (
              <li key={category}>{translate(categoryKey(category), { _: category })}</li>
            ))}
          </Box>
        )}
      </ActItem>
      <ActItem label={`${F}.retained`}>
        {retainedLines.length === 0 ? (
          none
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {retainedLines.map((item) => (
              <li key={item.category}>
                {translate(categoryKey(item.category), { _: item.category })}
                <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {item.retain_until
                    ? translate('resources.destruction-acts.retained_until', {
                        basis: item.legal_basis ?? empty,
                        date: formatDate(item.retain_until),
                      })
                    : translate('resources.destruction-acts.retained_no_term', { basis: item.legal_basis ?? empty })}
                </Typography>
              </li>
            ))}
          </Box>
        )}
      </ActItem>
    </Section>
  );
};

/** The letter the destruction answered, for those who may open letters. */
const LetterLink = ({ id, number }: { id: number; number?: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCan('letters.show');
  // The register's number; an act without it (none should be) names the letter by its id.
  const text = number ?? translate('resources.destruction-acts.letter_link', { id });
  if (!canAccess) return <>{text}</>;
  return (
    <Link to={createPath({ resource: 'letters', id, type: 'show' })} underline="hover">
      {text}
    </Link>
  );
};
