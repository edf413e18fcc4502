// A reporting period chosen from the plan's periods, written in words in the pane's language.
import { Field, Select, makeStyles } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import { periodWords } from "../../../schema/i18n/periods";

export interface PeriodSelectProps {
  label: string;
  periods: string[];
  value: string;
  onChange: (period: string) => void;
  lang: Language;
  required?: boolean;
  testId: string;
}

const useStyles = makeStyles({
  // Held to the pane's width, so a 320-pixel pane never scrolls sideways.
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
  native: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

export function PeriodSelect({ label, periods, value, onChange, lang, required, testId }: PeriodSelectProps) {
  const styles = useStyles();
  return (
    <Field label={label} required={required}>
      <Select
        className={styles.select}
        select={{ className: styles.native }}
        value={value}
        onChange={(_e, d) => onChange(d.value)}
        data-testid={testId}
      >
        {periods.map((p) => (
          <option key={p} value={p}>
            {periodWords(p, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
