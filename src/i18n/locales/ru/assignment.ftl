## The assignment of experts (secretariat): the proposal or the assignment in force, each expert's
## load, withdrawing an expert, changing one bundle.

assignment-title = Распределение — { $cycle }
assignment-breadcrumb-cycles = Циклы оценки
assignment-breadcrumb = Распределение
assignment-heading = Распределение экспертов
assignment-intro = Число экспертов от каждой группы на один представленный отчёт: { $count }. Назначаются члены группы без конфликта интересов, владеющие языком отчёта и имеющие резерв нагрузки; соответствие профилю (опыт по направлениям, которые охватывает группа) максимизируется, а нагрузка распределяется равномерно.
assignment-run = Выполнить распределение
assignment-confirm = Подтвердить это предложение
assignment-proposal-empty = Это предложение никого не назначает, поэтому подтверждать нечего: добавьте членов в группы или дождитесь представления отчётов, затем выполните распределение снова.
assignment-not-collecting = Распределение выполняется и подтверждается на этапе сбора отчётов; текущий статус цикла: { $state }.
assignment-none = Распределения пока нет. Выполните его, когда будут представлены отчёты.
assignment-proposal = Предложение (ещё не действует)
assignment-in-force = Действующее распределение
assignment-objective = Целевая функция: { $objective } (соответствие профилю за вычетом штрафа за неравномерность нагрузки; чем больше, тем лучше).
assignment-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
assignment-col-city = Город
assignment-missing = не хватает: { $count }
assignment-change = изменить
assignment-change-which = экспертов: { $city }, { $panel }
assignment-unfilled = Пакеты с недостаточным числом экспертов
assignment-load = Нагрузка на эксперта
assignment-chart-title = Пакеты на эксперта
assignment-chart-description = столбец — число пакетов эксперта, тонкая отметка — его максимальная нагрузка
assignment-chart-capacity = Максимальная нагрузка (тонкая отметка)
assignment-load-of = { $load } из { $capacity }
assignment-user-id = пользователь { $id }
assignment-confirm-adds = При подтверждении предложение добавляется к уже действующему распределению.
assignment-withdraw-heading = Отзыв эксперта
assignment-withdraw-text = Эксперт выводится из всех пакетов этого цикла и из его групп. На этапах сбора отчётов и оценки заново заполняются только его места, по тем же правилам; на этапе согласования его никто не заменяет, а последние представленные им баллы сохраняются. Эксперт уведомляется по электронной почте.
assignment-withdraw-expert = Эксперт
assignment-withdraw = Отозвать
assignment-choose-expert = выберите эксперта

## Changing one bundle.

assignment-bundle-title = Изменение пакета
assignment-bundle-heading = Группа «{ $panel }» — { $city }
assignment-bundle-choose = Выберите экспертов группы (не более { $count })
assignment-bundle-rules = Действуют те же правила, что и при автоматическом распределении: отсутствие конфликта интересов, владение языком отчёта, допустимая нагрузка.
assignment-bundle-save = Сохранить

## After an action.

assignment-done-run = Новое предложение готово: проверьте его, при необходимости измените пакеты, затем подтвердите.
assignment-done-confirm = Распределение вступило в силу; позиции для оценки созданы.
assignment-done-withdraw = Эксперт отозван; его места заполняются заново, если это допускает этап цикла, а сам он уведомлён.
assignment-done-bundle = Пакет изменён.

assignment-why = ({ $parts })
assignment-why-separator = {"; "}
assignment-why-expertise = компетенция: { $codes }, направлений: { $shared } из { $areas }
assignment-why-no-expertise = ни одно направление группы не входит в его компетенцию
assignment-why-region = знает регион ({ $region })
assignment-why-native = { $language } — родной язык
assignment-why-reviewed = оценивал этот город в его предыдущем цикле
assignment-why-new = не оценивал этот город ранее
assignment-why-affinity = соответствие { $affinity } из { $max }
