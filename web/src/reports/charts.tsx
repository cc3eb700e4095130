import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { genderColumns } from '#shared/messages/indicator-words';
import type { ByGender, Cell } from '#shared/schemas/indicators';
import { useI18n } from '../i18n/I18nProvider.tsx';

// The charts are pictures of the tables beside them: hidden from screen readers, which
// read the tables instead, and without recharts' keyboard layer (nothing in a hidden
// region may take focus). A suppressed cell ("< 5") is not drawn.

const colours = { woman: '#1f4e79', man: '#9a4a00', other: '#2e6b30', unspecified: '#545454' } as const;
const genders = ['woman', 'man', 'other', 'unspecified'] as const;

const drawn = (cell: Cell) => (typeof cell === 'number' ? cell : 0);

export function GenderBars({ groups }: { groups: { label: string; counts: ByGender }[] }) {
  const { lang } = useI18n();
  const data = groups.map((group) => ({
    label: group.label,
    ...Object.fromEntries(genders.map((gender) => [gender, drawn(group.counts[gender])])),
  }));
  return (
    <div className="report-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Legend />
          {genders.map((gender) => (
            <Bar key={gender} dataKey={gender} name={genderColumns[gender][lang]} fill={colours[gender]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function TrendBars({ months, name }: { months: { month: string; value: Cell }[]; name: string }) {
  const data = months.map((month) => ({ month: month.month, value: drawn(month.value) }));
  return (
    <div className="report-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Bar dataKey="value" name={name} fill={colours.woman} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
