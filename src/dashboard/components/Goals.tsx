import { formatNumber, t } from '../../panel/i18n';
import { duration, percent } from '../format';
import { GOAL_CUT, type Goal } from '../model';

function GoalRow({ goal }: { goal: Goal }) {
  const title = goal.kind === 'first' ? t('dashFirstResponse') : t('dashNextResponses');
  const p = goal.progress;
  return (
    <section class="card goal" aria-labelledby={`goal-${goal.kind}-h`} data-testid={`goal-${goal.kind}`}>
      <h3 id={`goal-${goal.kind}-h`}>{title}</h3>
      {p.baseline === null ? (
        <p class="card-note" data-testid={`goal-${goal.kind}-none`}>
          {t('dashGoalNoBaseline')}
        </p>
      ) : (
        <>
          <p data-testid={`goal-${goal.kind}-target`} data-ms={String(p.target)}>
            {t('dashGoalTarget', [duration(p.target), duration(p.baseline)])}
          </p>
          {goal.current === null ? (
            <p class="card-note">{t('dashGoalNoCurrent')}</p>
          ) : (
            <>
              <p>{t('dashGoalCurrent', duration(goal.current))}</p>
              <label class="goal-progress">
                <span>{t('dashGoalProgress', percent(p.progress))}</span>
                <progress max={1} value={Math.min(1, Math.max(0, p.progress))} />
              </label>
              <p class={`goal-state ${p.onTrack ? 'on-track' : 'off-track'}`} data-testid={`goal-${goal.kind}-state`}>
                {p.onTrack ? t('dashGoalOnTrack') : t('dashGoalOffTrack')}
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}

export function Goals({ goals }: { goals: Goal[] }) {
  return (
    <section aria-labelledby="goals-h">
      <h2 id="goals-h">{t('dashGoalHeading', formatNumber(GOAL_CUT * 100))}</h2>
      <p class="muted">{t('dashGoalExplain')}</p>
      <div class="cards">
        {goals.map((g) => (
          <GoalRow key={g.kind} goal={g} />
        ))}
      </div>
    </section>
  );
}
