{{%AUTOESCAPE context="HTML"}}
<div class="mf-hero">
  <div class="mf-container">
    <h1 class="ds-heading" data-size="xl">{{T_app_home_title}}</h1>
    <p class="ds-paragraph mf-lead" data-size="lg">{{T_app_home_lead}}</p>
    <p class="ds-paragraph mf-lead">{{T_app_home_background}}</p>
    <p class="mf-actions">
      <a class="ds-button" data-variant="primary" href="#hva-kan-jeg-gjore">{{T_app_home_action_roles}}</a>
      <a class="ds-button" data-variant="secondary" href="/utviklere">{{T_app_home_action_api}}</a>
    </p>
  </div>
</div>
<div class="mf-container mf-page mf-stack">
<div class="ds-alert" data-color="info">
  <h2 class="ds-heading" data-size="2xs">{{T_app_home_status_heading}}</h2>
  <p class="ds-paragraph">{{T_app_home_status_text}}</p>
  <ul class="ds-list">
    <li><a class="ds-link" href="/masser">{{T_app_home_status_masses}}</a></li>
    <li><a class="ds-link" href="/massebalanse">{{T_app_home_status_balance}}</a></li>
    <li><a class="ds-link" href="/massehandteringsplaner">{{T_app_home_status_plans}}</a></li>
    <li><a class="ds-link" href="/anlegg">{{T_app_home_status_registry}}</a></li>
  </ul>
  <p class="ds-paragraph">{{T_app_home_status_next}}</p>
</div>
<section class="mf-section mf-stack" aria-labelledby="slik-virker-det">
  <h2 id="slik-virker-det" class="ds-heading" data-size="md">{{T_app_home_how_heading}}</h2>
  <ol class="mf-steps">
    <li>
      <h3 class="ds-heading" data-size="2xs">{{T_app_home_how1_title}}</h3>
      <p class="ds-paragraph">{{T_app_home_how1_text}}</p>
    </li>
    <li>
      <h3 class="ds-heading" data-size="2xs">{{T_app_home_how2_title}}</h3>
      <p class="ds-paragraph">{{T_app_home_how2_text}}</p>
    </li>
    <li>
      <h3 class="ds-heading" data-size="2xs">{{T_app_home_how3_title}}</h3>
      <p class="ds-paragraph">{{T_app_home_how3_text}}</p>
    </li>
    <li>
      <h3 class="ds-heading" data-size="2xs">{{T_app_home_how4_title}}</h3>
      <p class="ds-paragraph">{{T_app_home_how4_text}}</p>
    </li>
  </ol>
</section>
<section class="mf-section mf-stack" aria-labelledby="hva-kan-jeg-gjore">
  <h2 id="hva-kan-jeg-gjore" class="ds-heading" data-size="md">{{T_app_home_roles_heading}}</h2>
  <p class="ds-paragraph mf-lead">{{T_app_home_roles_intro}}</p>
  <ul class="mf-grid">
    <li>
      <article class="ds-card mf-card" data-color="neutral" aria-labelledby="rolle-byggherre">
        <h3 id="rolle-byggherre" class="ds-heading" data-size="xs">{{T_app_home_role_developer_client_title}}</h3>
        <p class="ds-paragraph mf-card__role" data-size="sm">{{T_app_home_role_developer_client_who}}</p>
        <ul class="ds-list">
          <li>{{T_app_home_role_developer_client_task1}}</li>
          <li>{{T_app_home_role_developer_client_task2}}</li>
          <li>{{T_app_home_role_developer_client_task3}}</li>
        </ul>
      </article>
    </li>
    <li>
      <article class="ds-card mf-card" data-color="neutral" aria-labelledby="rolle-bransjeaktor">
        <h3 id="rolle-bransjeaktor" class="ds-heading" data-size="xs">{{T_app_home_role_actor_title}}</h3>
        <p class="ds-paragraph mf-card__role" data-size="sm">{{T_app_home_role_actor_who}}</p>
        <ul class="ds-list">
          <li>{{T_app_home_role_actor_task1}}</li>
          <li>{{T_app_home_role_actor_task2}}</li>
          <li>{{T_app_home_role_actor_task3}}</li>
        </ul>
      </article>
    </li>
    <li>
      <article class="ds-card mf-card" data-color="neutral" aria-labelledby="rolle-transportor">
        <h3 id="rolle-transportor" class="ds-heading" data-size="xs">{{T_app_home_role_carrier_title}}</h3>
        <p class="ds-paragraph mf-card__role" data-size="sm">{{T_app_home_role_carrier_who}}</p>
        <ul class="ds-list">
          <li>{{T_app_home_role_carrier_task1}}</li>
          <li>{{T_app_home_role_carrier_task2}}</li>
          <li>{{T_app_home_role_carrier_task3}}</li>
        </ul>
      </article>
    </li>
    <li>
      <article class="ds-card mf-card" data-color="neutral" aria-labelledby="rolle-sjafor">
        <h3 id="rolle-sjafor" class="ds-heading" data-size="xs">{{T_app_home_role_driver_title}}</h3>
        <p class="ds-paragraph mf-card__role" data-size="sm">{{T_app_home_role_driver_who}}</p>
        <ul class="ds-list">
          <li>{{T_app_home_role_driver_task1}}</li>
          <li>{{T_app_home_role_driver_task2}}</li>
          <li>{{T_app_home_role_driver_task3}}</li>
        </ul>
      </article>
    </li>
    <li>
      <article class="ds-card mf-card" data-color="neutral" aria-labelledby="rolle-mottakskontroll">
        <h3 id="rolle-mottakskontroll" class="ds-heading" data-size="xs">{{T_app_home_role_receiver_title}}</h3>
        <p class="ds-paragraph mf-card__role" data-size="sm">{{T_app_home_role_receiver_who}}</p>
        <ul class="ds-list">
          <li>{{T_app_home_role_receiver_task1}}</li>
          <li>{{T_app_home_role_receiver_task2}}</li>
          <li>{{T_app_home_role_receiver_task3}}</li>
        </ul>
      </article>
    </li>
    <li>
      <article class="ds-card mf-card" data-color="neutral" aria-labelledby="rolle-kvalitetskontroll">
        <h3 id="rolle-kvalitetskontroll" class="ds-heading" data-size="xs">{{T_app_home_role_quality_title}}</h3>
        <p class="ds-paragraph mf-card__role" data-size="sm">{{T_app_home_role_quality_who}}</p>
        <ul class="ds-list">
          <li>{{T_app_home_role_quality_task1}}</li>
          <li>{{T_app_home_role_quality_task2}}</li>
          <li>{{T_app_home_role_quality_task3}}</li>
        </ul>
      </article>
    </li>
    <li>
      <article class="ds-card mf-card" data-color="neutral" aria-labelledby="rolle-tilsyn">
        <h3 id="rolle-tilsyn" class="ds-heading" data-size="xs">{{T_app_home_role_supervisor_title}}</h3>
        <p class="ds-paragraph mf-card__role" data-size="sm">{{T_app_home_role_supervisor_who}}</p>
        <ul class="ds-list">
          <li>{{T_app_home_role_supervisor_task1}}</li>
          <li>{{T_app_home_role_supervisor_task2}}</li>
          <li>{{T_app_home_role_supervisor_task3}}</li>
        </ul>
      </article>
    </li>
    <li>
      <article class="ds-card mf-card" data-color="neutral" aria-labelledby="rolle-allmennheten">
        <h3 id="rolle-allmennheten" class="ds-heading" data-size="xs">{{T_app_home_role_public_title}}</h3>
        <p class="ds-paragraph mf-card__role" data-size="sm">{{T_app_home_role_public_who}}</p>
        <ul class="ds-list">
          <li>{{T_app_home_role_public_task1}}</li>
          <li>{{T_app_home_role_public_task2}}</li>
          <li>{{T_app_home_role_public_task3}}</li>
        </ul>
        <p class="ds-paragraph"><a class="ds-link" href="/utviklere">{{T_app_home_role_public_link}}</a></p>
      </article>
    </li>
  </ul>
</section>
</div>
