// The language switch: a native select (keyboard and screen readers know it), each language named in itself.
import { Field, Select } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import { LANGUAGE_NAMES, LANGUAGES, type Translate } from "../texts";

export interface LanguageSwitchProps {
  lang: Language;
  t: Translate;
  onChange: (lang: Language) => void;
}

export function LanguageSwitch({ lang, t, onChange }: LanguageSwitchProps) {
  return (
    <Field label={t("language")} orientation="horizontal" size="small">
      <Select
        value={lang}
        size="small"
        onChange={(_e, data) => onChange(data.value as Language)}
        data-testid="language"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
