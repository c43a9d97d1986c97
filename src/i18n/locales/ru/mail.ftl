## E-mail: every message lcreview sends, in its recipient's language.

mail-greeting = Здравствуйте, { $name }!
mail-footer = lcreview: экспертная оценка отчётов обучающихся городов
mail-link-line = { $label }: { $url }

mail-link-sign-in = Войти
mail-link-your-report = Ваш отчёт
mail-link-your-reviews = Ваши задания по оценке
mail-link-your-review = Ваша оценка
mail-link-the-item = Позиция
mail-link-the-report = Отчёт
mail-link-city-profile = Профиль вашего города

mail-thanks = Благодарим вас.

mail-bundle = { $city } (группа «{ $panel }»)

## An invitation to a new account.

mail-invitation-subject = Приглашение в lcreview
mail-invitation-by-secretariat = Секретариат lcreview
mail-invitation-intro = { $inviter } приглашает вас в lcreview — систему, в которой Глобальная сеть обучающихся городов ЮНЕСКО проводит оценку отчётов обучающихся городов, — в качестве { $role ->
        [secretariat] сотрудника Секретариата
        [expert] независимого эксперта
       *[other] координатора от вашего города
    }.
mail-invitation-sign-in = Войдите по адресу { $url }, используя этот адрес электронной почты ({ $email }). Пароль по электронной почте не направляется.
mail-invitation-expert = Прежде всего просим заполнить ваш профиль: языки, на которых вы читаете, области вашей компетенции, страну и учреждение, а также число пакетов, которые вы можете оценить за один цикл.
mail-invitation-city = Мы сообщим вам, когда откроется цикл оценки для отчёта вашего города.

## To a city's users.

mail-cycle-opened-subject = { $city }: цикл оценки «{ $cycle }» открыт для вашего отчёта
mail-cycle-opened-intro = Цикл оценки «{ $cycle }» открыт, и город { $city } участвует в нём.
mail-cycle-opened-due = Просим подготовить и представить отчёт вашего города не позднее { $deadline }.

mail-receipt-subject = { $city }: ваш отчёт для цикла «{ $cycle }» получен
mail-receipt-intro = Мы получили отчёт города { $city } для цикла оценки «{ $cycle }» { $date }.
mail-receipt-locked = Теперь отчёт заблокирован. Если Секретариат обнаружит, что в нём нужно что-то исправить, он вернёт его вам с сообщением.

mail-report-reminder-subject = { $city }: ваш отчёт для цикла «{ $cycle }» ещё не представлен
mail-report-reminder-intro = Секретариат напоминает, что отчёт города { $city } для цикла «{ $cycle }» ещё не представлен.
mail-report-reminder-due = Отчёты необходимо представить не позднее { $deadline }.
mail-report-reminder-draft = Черновик сохраняется по мере заполнения; представьте отчёт, когда он будет готов.

mail-returned-subject = { $city }: ваш отчёт для цикла «{ $cycle }» возвращён на доработку
mail-returned-intro = Секретариат вернул отчёт города { $city } для цикла оценки «{ $cycle }». Сообщение Секретариата:
mail-returned-due = Просим исправить отчёт и повторно представить его не позднее { $deadline }. До этого момента он исключён из оценки.

## To an expert.

mail-assignment-subject = Ваше назначение на оценку: { $cycle }
mail-assignment-intro = В цикле «{ $cycle }» вам поручено оценить:
mail-assignment-deadline = Срок оценки — { $deadline }. Ваши задания по оценке появятся на вашей главной странице, как только начнётся этап оценки.
mail-assignment-thanks = Благодарим вас за работу.

mail-unassigned-subject = Изменение вашего назначения на оценку: { $cycle }
mail-unassigned-intro = В цикле «{ $cycle }» вы больше не оцениваете:
mail-unassigned-nothing-to-do = По этим позициям от вас больше ничего не требуется. Представленные вами оценки сохраняются в истории оценки.

mail-reminder-subject = Напоминание: необходимо представить { $count ->
        [one] { $count } оценку
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    }
mail-reminder-subject-by = Напоминание: необходимо представить { $count ->
        [one] { $count } оценку
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    } не позднее { $deadline }
mail-reminder-intro = { $phase ->
        [reconciliation] В туре пересмотра
       *[other] На этапе оценки
    } цикла «{ $cycle }» вам ещё необходимо представить { $count ->
        [one] { $count } оценку
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    }.
mail-reminder-intro-by = { $phase ->
        [reconciliation] В туре пересмотра
       *[other] На этапе оценки
    } цикла «{ $cycle }» вам ещё необходимо представить { $count ->
        [one] { $count } оценку
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    } не позднее { $deadline }.

mail-revision-subject = Тур пересмотра { $round }: { $count ->
        [one] { $count } позиция
        [few] { $count } позиции
        [many] { $count } позиций
       *[other] { $count } позиции
    } для повторного рассмотрения
mail-revision-intro = В цикле «{ $cycle }» оценки по { $count ->
        [one] { $count } позиции
        [few] { $count } позициям
        [many] { $count } позициям
       *[other] { $count } позиции
    }, которые вы оценивали, расходятся. Просим ознакомиться с оценками и обоснованиями других экспертов (обезличенными) и сохранить или изменить свой балл, указав обоснование для этого тура. На странице ваших заданий по оценке перечислены все позиции тура, включая те, которые будут добавлены в него позднее.
mail-revision-closes = Тур завершается { $deadline }.

mail-deadline-changed-subject = { $cycle }: новый срок { $which ->
        [submission] представления отчётов
        [reconciliation] согласования
       *[other] оценки
    } — { $after }
mail-deadline-changed-intro = Секретариат перенёс срок { $which ->
        [submission] представления отчётов
        [reconciliation] согласования
       *[other] оценки
    } в цикле «{ $cycle }»: прежний срок — { $before }, новый срок — { $after }.

mail-extension-subject = { $cycle }: вы можете выставлять оценки до { $until }
mail-extension-intro = Секретариат продлил для вас до { $until } срок завершения оценок в туре { $round ->
        [submission] представления отчётов
        [reconciliation] согласования
       *[other] оценки
    } цикла «{ $cycle }».
mail-extension-withdrawn-subject = { $cycle }: продление вашего срока отменено
mail-extension-withdrawn-intro = Секретариат отменил продление вашего срока в туре { $round ->
        [submission] представления отчётов
        [reconciliation] согласования
       *[other] оценки
    } цикла «{ $cycle }»: снова действует срок, установленный для тура.

mail-reopened-subject = Ваша оценка: { $city } ({ $measurement }) снова открыта
mail-reopened-intro = Секретариат вновь открыл представленную вами оценку показателя { $measurement } для города { $city } в цикле «{ $cycle }», чтобы вы могли её исправить. Причина:
mail-reopened-draft = Оценка снова стала черновиком: при необходимости измените её и представьте.

## Discussions and figures.

mail-comment-subject = Новый комментарий: { $city } ({ $measurement })
mail-comment-intro = В обсуждении показателя { $measurement } по городу { $city } в цикле «{ $cycle }» добавлен комментарий (автор: { $author }):
mail-comment-reply = Ответить можно на странице позиции; обсуждение доступно только экспертам, оценивающим её, и председателю группы.

mail-figure-query-subject = { $city }: вопрос по значению показателя в вашем отчёте ({ $measurement })
mail-figure-query-intro = Секретариат проверил значения показателей в отчёте города { $city } для цикла «{ $cycle }» и задаёт вопрос по показателю { $measurement }:
mail-figure-query-answer = Ответьте на странице отчёта: текстом, исправленным значением или и тем и другим.

mail-figure-answered-subject = { $city }: получен ответ на ваш вопрос по показателю { $measurement }
mail-figure-answered-intro = Город { $city } ответил на вопрос по показателю { $measurement } в своём отчёте для цикла «{ $cycle }»:
mail-figure-answered-check = Проверьте значение ещё раз на странице отчёта.

## Results, and the daily digest.

mail-published-subject = { $city }: результаты цикла «{ $cycle }» опубликованы
mail-published-intro = Консенсусные баллы и заключения экспертов по городу { $city } в цикле «{ $cycle }» опубликованы в профиле вашего города.
mail-published-thanks = Благодарим вас за отчёт.

mail-digest-subject = lcreview: ваша ежедневная сводка ({ $count ->
        [one] { $count } сообщение
        [few] { $count } сообщения
        [many] { $count } сообщений
       *[other] { $count } сообщения
    })
mail-digest-intro = Вот что произошло в lcreview с момента вашей последней сводки ({ $count ->
        [one] { $count } сообщение
        [few] { $count } сообщения
        [many] { $count } сообщений
       *[other] { $count } сообщения
    }).

## Sample messages a daily digest gathers, on the secretariat's preview page.

mail-sample-digest-assignment = Вам поручено оценить { $city } (группа «{ $panel }»).
mail-sample-digest-reminder = На этапе оценки цикла «{ $cycle }» вам ещё необходимо представить { $count ->
        [one] { $count } оценку
        [few] { $count } оценки
        [many] { $count } оценок
       *[other] { $count } оценки
    }.
