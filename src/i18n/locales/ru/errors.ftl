## Кто что может делать, и собственные проверки приложения.

error-secretariat-only = это действие может выполнить только Секретариат
error-actions-own-city-only = план действий города составляют только его собственные пользователи
# $code: a measurement's code
error-actions-no-score = у показателя { $code } нет опубликованного балла в этом цикле
error-cities-register-forbidden = ваша роль не позволяет просматривать реестр городов
error-cities-institutions-forbidden = учреждения города вносят в реестр его пользователи и Секретариат
error-experts-profiles-forbidden = профили экспертов доступны только Секретариату и экспертам
error-experts-conflict-reason = укажите причину (от 1 до 1000 символов)
# $value: what was typed
error-experts-city-unknown = в сети нет города с названием `{ $value }`; оставьте поле пустым, если ваш город не входит в сеть
# $name: a city's name; IE is an example of a country code
error-experts-city-ambiguous = название `{ $name }` носят несколько городов: добавьте код страны, например `{ $name }, IE`
error-profile-forbidden = профиль города доступен только его пользователям и Секретариату

## Распределение экспертов. $expert, $user: номер пользователя; $state: статус цикла (error-cycle-state-…).

error-assignment-not-collecting = распределение выполняется во время сбора отчётов; цикл находится в статусе «{ $state }»
error-assignment-no-proposal = нет предложения для подтверждения; сначала выполните распределение
error-assignment-expert-twice = эксперт указан дважды
# $count: the experts given
error-assignment-panel-size =
    размер группы: в пакете не более { $max } экспертов, а указано { $count }
# $panel: a panel's name
error-assignment-not-member = группа: пользователь { $user } не является членом группы { $panel }
error-assignment-no-profile = профиль: у эксперта { $expert } ещё нет профиля
# $city: a city's name; $conflict: one of error-conflict-…
error-assignment-conflict = конфликт интересов: эксперт { $expert } не может оценивать город { $city } ({ $conflict })
# $language: a language code (fr)
error-assignment-language = язык: эксперт { $expert } не читает на языке отчёта ({ $language })
# $count: the expert's capacity
error-assignment-capacity =
    нагрузка: у эксперта { $expert } уже { $count ->
        [one] { $count } пакет
        [few] { $count } пакета
        [many] { $count } пакетов
       *[other] { $count } пакета
    }, это предел его нагрузки
error-assignment-frozen = распределение больше нельзя изменить: цикл находится в статусе «{ $state }»
error-assignment-none = действующего распределения нет
error-assignment-no-bundle = у эксперта { $expert } нет пакетов в этом цикле
error-conflict-home-city = его собственный город
error-conflict-same-country = та же страна
error-conflict-same-institution = то же учреждение
error-conflict-declared = заявленный конфликт интересов

## Согласование: туры пересмотра, арбитраж, заключения, статистика согласованности.

error-consensus-close-not-reconciling = туры пересмотра закрываются на этапе согласования; цикл находится в статусе «{ $state }»
# $item: an item's id number
error-consensus-item-unknown = позиция { $item } не относится к позициям этого цикла, находящимся на оценке
error-consensus-chairs-only = согласование проводят только председатели групп и Секретариат
error-consensus-chair-only = это действие могут выполнить только председатель группы и Секретариат
error-consensus-own-item = вы оценивали эту позицию: арбитраж по ней проводит Секретариат, чтобы никто не устанавливал балл по позиции, которую оценивал сам
error-consensus-set-aside = Исключена
error-consensus-not-in-moderation = арбитраж проводится только по позиции, оценки которой расходятся и после последнего тура пересмотра
error-consensus-feedback-closed = заключения составляются на этапе оценки или согласования; цикл находится в статусе «{ $state }»
error-consensus-agreement-forbidden = статистика согласованности доступна только председателям групп и Секретариату
error-consensus-agreement-too-early = председатель группы получает доступ к статистике согласованности своих групп начиная с этапа согласования; цикл находится в статусе «{ $state }»

## Циклы оценки. $state: статус цикла (error-cycle-state-…).

error-cycles-secretariat-only = циклами оценки управляет только Секретариат
# $value: the edition asked for; $editions: the editions' names
error-cycles-edition-unknown = редакции рамочной основы `{ $value }` не существует; имеющиеся редакции: { $editions }
error-cycles-short-bundles-reason = укажите, почему неполные пакеты могут перейти к оценке (не менее 10 символов)
error-cycles-city-twice = город указан дважды
# $id, $city: a city's id number
error-cycles-city-unknown = города с номером { $id } не существует
error-cycles-edition-frozen = редакция рамочной основы выбирается, пока цикл находится в статусе черновика; цикл находится в статусе «{ $state }», и его отчёты составляются по уже выбранной редакции
error-cycles-city-submitted = город { $city } представил свой отчёт: сначала верните отчёт или оставьте город в цикле
error-cycles-remind-closed = напоминания рассылаются, пока ожидаются оценки (этапы оценки и согласования); цикл находится в статусе «{ $state }»

## Учётные записи, токены API, настройки. $value: введённое значение.

error-users-own-tokens-only = пользователь выпускает токены только для себя
error-users-token-label = описание длиной не более 100 символов
error-users-token-lifetime = срок действия токена — от 1 до 365 дней
error-users-token-reason = укажите, почему вы выпускаете токен для другого пользователя (не менее 10 символов): это действие фиксируется в журнале аудита
error-users-token-disabled = эта учётная запись отключена: включите её, прежде чем выпускать токен
error-users-disable-self = Вы не можете отключить собственную учётную запись.
error-users-language = `{ $value }` не является языком сервиса; используйте ar, zh, en, fr, ru или es
error-users-time-zone = `{ $value }` не является часовым поясом; используйте название IANA, например Europe/Paris
error-users-mail-digest = значение `{ $value }` недопустимо: используйте immediate (одно сообщение на каждое событие) или daily (одна сводка в день)

## Отчёты городов и проверка значений их показателей. $state: статус цикла.

error-reports-own-city-only = отчёт города составляют только его собственные пользователи
error-reports-not-collecting = отчёты можно изменять только во время их сбора; цикл находится в статусе «{ $state }»
error-reports-locked = отчёт представлен и заблокирован; Секретариат может вернуть его на доработку
# $codes: measurements' codes (3.1.1.a, 3.1.2.a)
error-reports-narratives-missing = отсутствует описательный текст для показателей: { $codes }
error-reports-language-missing = укажите, на каком языке написан отчёт
error-reports-already-submitted = отчёт уже представлен
error-reports-return-message = укажите, что город должен исправить (от 1 до 5000 символов)
error-reports-return-not-submitted = вернуть можно только представленный отчёт
# $code: a statistic's code
error-reports-no-figure = в отчёте нет значения показателя { $code }

## Оценки экспертов. $state: статус цикла.

error-reviews-reviewers-only = оценивать позицию могут только назначенные на неё эксперты
error-reviews-confidence = `{ $value }` не является степенью уверенности; используйте low, medium или high
error-reviews-no-round = эта позиция сейчас не принимает оценок: оценки выставляются на этапе оценки, а пересмотренные оценки — только по позициям в туре пересмотра (цикл находится в статусе «{ $state }»)
error-reviews-deadline-passed = срок этого тура истёк; Секретариат может предоставить вам индивидуальное продление
error-reviews-not-a-reviewer = этот пользователь не оценивает данную позицию
error-reviews-reopen-closed = повторно открыть можно только оценку тура, который ещё не закрыт
error-reviews-reopen-not-submitted = этот эксперт не представил оценку за данный тур: открывать повторно нечего

## Руководство по выставлению баллов и обсуждение позиции.

error-guidance-forbidden = руководство по выставлению баллов доступно только экспертам цикла и Секретариату
error-guidance-frozen = цикл находится в статусе «{ $state }»: его руководство остаётся таким, каким оно было при оценке
# $level: 1 to 5; $label: the scale's word for it (Very good); $problem: what is wrong with the text
error-guidance-level = уровень { $level } ({ $label }): { $problem }
error-guidance-level-twice = уровень { $level } ({ $label }) указан дважды
error-discussion-closed = обсуждение открыто, пока позиция находится в туре пересмотра или ожидает арбитража

## Свободный текст: как он называется в сообщении и его ограничения.

# Подлежащие двух следующих сообщений, в родительном падеже («текст причины»).
error-text-action = действия
error-text-answer = ответа
error-text-comment = комментария
error-text-guidance = руководства
error-text-label = описания
error-text-message = сообщения
error-text-question = вопроса
error-text-rationale = обоснования
error-text-reason = причины
error-text-statement = заключения
error-text-control = текст { $what } не должен содержать управляющих символов
error-text-length =
    текст { $what } должен содержать от { $min } до { $max } символов (сейчас { $count ->
        [one] { $count } символ
        [few] { $count } символа
        [many] { $count } символов
       *[other] { $count } символа
    })

# Однострочные тексты (названия), подлежащие трёх следующих сообщений (в именительном падеже, среднего рода).
error-text-city-name = название города
error-text-cycle-name = название цикла
error-text-institution = учреждение
error-text-institution-name = название учреждения
error-text-name = имя
error-line-empty = { $what } не должно быть пустым
error-line-too-long = { $what } должно содержать не более { $max } символов
error-line-control = { $what } должно занимать одну строку и не содержать управляющих символов

## Пользователи: роли, адреса электронной почты, учётные записи.

error-role-unknown = `{ $value }` не является ролью; используйте secretariat, expert или city
error-email-too-long = адрес электронной почты содержит не более 254 символов
error-email-invalid = `{ $value }` не является допустимым адресом электронной почты ({ $reason })
error-email-no-dot = `{ $value }` не является допустимым адресом электронной почты (в его домене нет точки)
error-city-user-needs-city = пользователю города необходим city_id — город, который он координирует
error-city-only-city-users =
    к городу привязываются только пользователи городов; для пользователя { $role ->
        [secretariat] Секретариата
       *[other] с ролью эксперта
    } city_id не указывается

## Города: страны, регионы, языки, учреждения. $value: введённое значение.

error-country-code = `{ $value }` не является двухбуквенным кодом страны по ISO 3166-1 alpha-2 (например, CN, BR, DE)
error-country-code-or-name = `{ $value }` не является ни кодом ISO 3166-1 alpha-2 (например, KR, MA), ни названием страны в написании ООН
error-region-unknown = `{ $value }` не является регионом ЮНЕСКО; используйте один из следующих: { $regions }
error-language-code = `{ $value }` не является кодом языка по ISO 639-1 (например, en, fr, zh)
error-languages-empty = необходимо указать хотя бы один язык
error-language-twice = язык `{ $code }` указан дважды
error-institution-twice = { $name }: указано дважды
error-institutions-too-many = учреждений может быть не более { $max }, а указано { $count }

## Циклы оценки: статусы, переходы, сроки, параметры.

# Статус цикла, как его называет сообщение («цикл находится в статусе «{ $state }»»).
error-cycle-state-draft = черновик
error-cycle-state-collecting = сбор отчётов
error-cycle-state-reviewing = оценка
error-cycle-state-reconciling = согласование
error-cycle-state-published = опубликован
error-cycle-state-archived = в архиве

error-transition-already = цикл уже находится в статусе «{ $state }»
error-transition-only-next = цикл в статусе «{ $from }» может перейти только в статус «{ $next }», а не «{ $to }»
error-transition-final = цикл в статусе «{ $state }» больше не может изменяться
error-transition-no-city = в цикле нет ни одного города-участника
error-transition-no-measurement = ни один показатель экспертной оценки не закреплён за группой
error-transition-no-report = ни один город ещё не представил отчёт
error-transition-no-assignment = для этапа оценки необходимо подтверждённое распределение экспертов; сначала выполните и подтвердите его
error-transition-reports-unassigned =
    { $count ->
        [one] { $count } представленный отчёт не охвачен
        [few] { $count } представленных отчёта не охвачены
        [many] { $count } представленных отчётов не охвачены
       *[other] { $count } представленного отчёта не охвачены
    } подтверждённым распределением; выполните и подтвердите его заново
error-transition-bundles-unfilled =
    { $count ->
        [1] в { $count } пакете меньше экспертов, чем предусмотрено размером группы: дополните его вручную на странице распределения или примите его неполным, указав причину (его позиции будут переданы на арбитраж, если в итоге по ним окажется меньше двух оценок)
        [one] в { $count } пакете меньше экспертов, чем предусмотрено размером группы: дополните их вручную на странице распределения или примите их неполными, указав причину (их позиции будут переданы на арбитраж, если в итоге по ним окажется меньше двух оценок)
       *[other] в { $count } пакетах меньше экспертов, чем предусмотрено размером группы: дополните их вручную на странице распределения или примите их неполными, указав причину (их позиции будут переданы на арбитраж, если в итоге по ним окажется меньше двух оценок)
    }
error-transition-ratings-missing =
    { $count ->
        [one] по { $count } позиции ещё нет
       *[other] по { $count } позициям ещё нет
    } всех оценок первого тура, а срок оценки ещё не истёк
error-transition-consensus-missing =
    { $count ->
        [one] у { $count } позиции ещё нет
       *[other] у { $count } позиций ещё нет
    } консенсусного балла
error-transition-feedback-missing =
    { $count ->
        [one] у { $count } позиции ещё нет
       *[other] у { $count } позиций ещё нет
    } заключения для города

error-deadline-review-order = срок оценки должен наступать позже срока представления отчётов
error-deadline-reconciliation-order = срок согласования должен наступать позже срока оценки
error-deadline-gone =
    { $kind ->
        [submission] срок представления отчётов
        [review] срок оценки
       *[other] срок согласования
    } больше не действует: цикл находится в статусе «{ $state }», этот этап пройден
error-deadline-past = новый срок не может быть в прошлом; выберите более поздний момент
error-settings-frozen = размер групп, правила и минимальную длину обоснования можно изменить только до подтверждения распределения: от них зависят распределение и уже выставленные оценки
error-cities-frozen = города присоединяются к циклу или выходят из него только на этапе черновика или сбора отчётов; цикл находится в статусе «{ $state }»
error-extension-no-round = индивидуальное продление предоставляется для идущего тура оценки (этап оценки или согласования); цикл находится в статусе «{ $state }»
error-extension-no-deadline =
    { $kind ->
        [review] у тура оценки
       *[other] у тура согласования
    } нет срока: продление никому не требуется
error-extension-too-early = продление должно заканчиваться позже срока тура ({ $deadline }) и в будущем
error-panel-size-range = размер группы — от 2 до 7 экспертов, а не { $value }
error-max-spread-range = наибольший разброс, при котором оценки считаются согласованными, — от 0 до 4, а не { $value }
error-revision-rounds-range = число туров пересмотра — от 0 до 3, а не { $value }
error-min-justification-range = минимальная длина обоснования — от 0 до 2000 символов, а не { $value }

## Профили экспертов.

error-expertise-unknown = `{ $code }` не является направлением рамочной основы (например, 3.1 или 2.4)
error-expertise-twice = `{ $code }` указано дважды
error-capacity-range = нагрузка — от 0 до { $max } пакетов, а не { $value }

## Проверка значений показателей Секретариатом.

error-figure-question = спросите город, что нужно проверить: { $problem }
error-figure-decision = `{ $value }` не является решением: используйте verified или query
error-figure-cycle-archived = цикл находится в архиве
error-figure-not-submitted = значения показателей проверяются после представления отчёта
error-figure-no-question = у Секретариата нет открытых вопросов по этому значению

## Показатели групп. $code: код показателя (3.1.1.a); $edition: название редакции рамочной основы.

error-panel-measurement-unknown = { $code } не является показателем редакции { $edition }
error-panel-measurement-statistic = { $code } — статистический показатель, а не показатель экспертной оценки
error-panel-measurement-taken = { $code } уже закреплён за группой { $panel }
error-panel-measurement-twice = { $code } указан дважды

## Оценки и их обоснования. $count: число символов обоснования.

error-rating-submitted-final = ваша оценка за этот тур представлена и является окончательной: вы видели оценки других экспертов, поэтому её изменение уже не было бы независимым. Если в ней есть ошибка, попросите Секретариат открыть её повторно
error-justification-control = обоснование не должно содержать управляющих символов
error-justification-too-short =
    обоснование должно содержать не менее { $min ->
        [one] { $min } символа
       *[other] { $min } символов
    } (сейчас { $count ->
        [one] { $count } символ
        [few] { $count } символа
        [many] { $count } символов
       *[other] { $count } символа
    }): укажите, что в отчёте подтверждает выставленный балл
error-justification-too-long =
    обоснование должно содержать не более { $max } символов (сейчас { $count ->
        [one] { $count } символ
        [few] { $count } символа
        [many] { $count } символов
       *[other] { $count } символа
    })

error-score-range = балл — целое число от 1 («Неудовлетворительно») до 5 («Отлично»), а не { $value }

## Отчёты: описательные тексты и статистика. $code: код показателя; $value: введённое значение.

error-value-percentage = процент — от 0 до 100, а не { $value }
error-value-rating = оценка по 5-балльной шкале — от 1 до 5, а не { $value }
error-value-negative = это значение не может быть отрицательным, а указано { $value }
error-value-total = итоговое значение { $total } % не находится между значениями его составляющих (от { $low } % до { $high } %)
error-report-language = `{ $value }` не входит в число языков города ({ $languages })
error-report-measurement-unknown = { $code } не является показателем рамочной основы
error-report-narrative-for-statistic = { $code } — статистический показатель: укажите его в разделе статистики
error-report-not-reviewed = показатель { $code } не оценивается в этом цикле
error-report-statistic-for-narrative = { $code } — показатель экспертной оценки: напишите для него описательный текст
error-narrative-control = описательный текст не должен содержать управляющих символов
error-narrative-too-long = описательный текст должен содержать не более { $max } символов
error-narrative-self-score = самооценка города — от 1 («Неудовлетворительно») до 5 («Отлично»), а не { $value }
error-narrative-too-many-links = не более { $max } ссылок на подтверждающие материалы
error-narrative-link = `{ $value }` не является веб-адресом (http или https)
error-statistic-year = { $year } не является правдоподобным отчётным годом
error-statistic-not-available-values = если данные отмечены как отсутствующие, значения не указываются
error-statistic-not-available-reason = укажите (от 3 до 500 символов), почему данные недоступны
error-statistic-provider = кто предоставил данные (от 1 до 200 символов)
error-statistic-source-missing = значение показателя { $code } может основываться на официальных данных или на результатах опроса: укажите источник (official или survey)
error-statistic-source-official = значение показателя { $code } представляется на основе официальных данных, а не опроса
error-statistic-source-survey = значение показателя { $code } представляется на основе опроса, а не официальных данных
error-statistic-breakdown = показатель { $code } представляется в разбивке: { $breakdowns }; `{ $name }` в их число не входит
error-statistic-not-a-number = значение должно быть числом

error-continuity-unknown = «{ $value }» — не настройка преемственности; укажите off, prefer или avoid
error-weight-range = вес — целое число от 0 до { $max }, а не { $value }
error-region-twice = { $region } указан дважды
error-native-not-read = { $code } нет среди языков, которые читает эксперт
