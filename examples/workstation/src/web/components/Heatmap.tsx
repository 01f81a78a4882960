/**
 * The calendar heatmap of daily checks, one calendar row per site: done, zero-risk, hazard, missed,
 * non-production, pending. ECharts' calendar coordinate system, imported part by part from `echarts/core`.
 */
import { HeatmapChart } from 'echarts/charts';
import { CalendarComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useContext, useEffect, useRef } from 'react';
import { LangContext, type StringKey, useT } from '../i18n';

echarts.use([HeatmapChart, CalendarComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type DayState = 'done' | 'zero-risk' | 'hazard' | 'missed' | 'non-production' | 'pending';
export const STATES: DayState[] = ['zero-risk', 'done', 'hazard', 'missed', 'pending', 'non-production'];
export const STATE_COLORS: Record<DayState, string> = {
  'zero-risk': '#52c41a',
  done: '#95de64',
  hazard: '#fa8c16',
  missed: '#f5222d',
  pending: '#91caff',
  'non-production': '#e8e8e8',
};

export interface HeatCell {
  site: string;
  date: string;
  state: DayState;
  recordIds: string[];
}

export function Heatmap({ cells, from, to, sites, onOpen }: { cells: HeatCell[]; from: string; to: string; sites: { siteId: string; name: string }[]; onOpen: (cell: HeatCell) => void }) {
  const t = useT();
  const { locale } = useContext(LangContext);
  const el = useRef<HTMLDivElement>(null);
  const rowHeight = 150;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `t` follows `locale`; listing it would rebuild the chart every render
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'canvas' });
    const narrow = el.current.clientWidth < 640;
    chart.setOption({
      tooltip: {
        formatter: (p: { data: [string, number, string] }) => `${p.data[2]} ${p.data[0]}<br/>${t(STATES[p.data[1]] as StringKey)}`,
      },
      visualMap: {
        type: 'piecewise',
        show: false,
        dimension: 1,
        pieces: STATES.map((s, i) => ({ value: i, color: STATE_COLORS[s], label: t(s as StringKey) })),
      },
      calendar: sites.map((s, i) => ({
        top: (narrow ? 52 : 30) + i * rowHeight,
        left: narrow ? 28 : 90,
        right: 8,
        cellSize: ['auto', narrow ? 13 : 16],
        range: [from, to],
        orient: 'horizontal',
        dayLabel: { firstDay: 1, nameMap: locale === 'en' ? 'EN' : 'ZH', fontSize: 10 },
        monthLabel: { nameMap: locale === 'en' ? 'EN' : 'ZH', fontSize: 11 },
        yearLabel: { show: true, position: narrow ? 'top' : 'left', formatter: s.name, fontSize: 13, color: '#333', margin: narrow ? 22 : 40 },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        splitLine: { show: false },
      })),
      series: sites.map((s, i) => ({
        type: 'heatmap',
        coordinateSystem: 'calendar',
        calendarIndex: i,
        data: cells.filter((c) => c.site === s.siteId).map((c) => [c.date, STATES.indexOf(c.state), s.name]),
      })),
    });
    chart.on('click', (p) => {
      const [date, , name] = (p.data as [string, number, string]) ?? [];
      const site = sites.find((s) => s.name === name)?.siteId;
      const cell = cells.find((c) => c.site === site && c.date === date);
      if (cell) onOpen(cell);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [cells, from, to, sites, onOpen, locale]);
  return (
    <div>
      <div className="ws-legend">
        {STATES.map((s) => (
          <span key={s} className="ws-legend-item"><i style={{ background: STATE_COLORS[s] }} />{t(s as StringKey)}</span>
        ))}
      </div>
      <div ref={el} className="ws-heatmap" style={{ height: sites.length * rowHeight + 10 }} data-testid="heatmap" data-cells={cells.length} />
    </div>
  );
}
