## The start page: the welcome for visitors, the secretariat's and the city coordinator's home pages.

home-welcome-title = Добро пожаловать
home-welcome-heading = Экспертная оценка обучающихся городов
home-welcome-lead = lcreview обеспечивает взаимную оценку отчётов обучающихся городов: Секретариат открывает циклы оценки, города представляют свои отчёты, независимые эксперты оценивают качественные показатели по пятибалльной шкале и согласовывают расхождения в оценках, а каждый город знакомится со своими консенсусными баллами и заключениями в собственном профиле.
home-sign-in = Войти
home-framework = Рамочная основа
home-framework-before-link = Оценка проводится на основе документа
home-framework-after-link =
    { $measurements ->
        [one] : { $measurements } показатель
        [few] : { $measurements } показателя
        [many] : { $measurements } показателей
       *[other] : { $measurements } показателя
    }{ $expert_review ->
        [one] , из которых { $expert_review } оценивается экспертами.
       *[other] , из которых { $expert_review } оцениваются экспертами.
    }
home-api = Для скриптов
home-api-before-link = JSON API описан в
home-api-link = документе OpenAPI
home-api-after-link = . Вызовы проходят аутентификацию по личному токену:
home-api-end = {"."}

## The secretariat's home page.

home-secretariat-title = Секретариат
home-secretariat-lead = Управление оценкой: циклы, пользователи, города и публикация результатов.
home-secretariat-cycles = Циклы оценки
home-secretariat-cycles-text = : открытие цикла, контроль за отчётами, распределением экспертов, оценками и согласованием, публикация результатов.
home-secretariat-network = Сеть
home-secretariat-network-text = : города по этапам цикла и распределение опубликованных баллов, без составления рейтингов.
home-secretariat-users = Пользователи
home-secretariat-users-text = {" "}— учётных записей: { $count }; приглашайте экспертов, координаторов городов и коллег.
home-secretariat-cities = Города
home-secretariat-cities-text = {" "}— зарегистрировано: { $count }.
home-secretariat-framework = Рамочная основа
home-secretariat-framework-text = , на основе которой проводится оценка.

## The city coordinator's home page.

home-city-title = Ваш город
home-city-lead = Страница координатора города
home-city-country = Страна
home-city-region = Регион
home-city-languages = Языки отчётов
home-city-institutions = Учреждения
home-city-institutions-none = не указаны
home-institutions-separator = {"; "}
home-city-institutions-change = Изменить
home-city-next = Дальнейшие действия
home-city-cycle-name = { $cycle }:
home-city-open-report = Открыть отчёт
home-city-letter = Письмо с результатами
home-city-profile = Профиль вашего города: опубликованные результаты
home-city-reports = Ваши отчёты
home-city-no-reports = Когда откроется цикл оценки, здесь появится отчёт вашего города для заполнения и представления; опубликованные баллы и заключения появятся в профиле вашего города.
home-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
home-col-review-cycle = Цикл оценки
home-col-cycle = Цикл
home-col-your-report = Ваш отчёт
home-city-unbound = Ваша учётная запись не привязана к городу. Пожалуйста, обратитесь в Секретариат.

## What the city has to do next in a cycle.

home-next-wait = Цикл готовится: пока ничего делать не нужно.
home-next-write = Подготовьте отчёт и представьте его не позднее { $deadline }.
home-next-resubmit = Секретариат вернул ваш отчёт: прочитайте сообщение, внесите изменения и представьте отчёт повторно.
home-next-submitted = Ваш отчёт представлен: до публикации результатов ничего делать не нужно.
home-next-in-review = Эксперты оценивают ваш отчёт; результаты появятся в вашем профиле.
home-next-out-of-review = Ваш отчёт не был представлен к началу оценки: он не участвует в оценке этого цикла.
home-next-read-results = Результаты опубликованы: ознакомьтесь с ними в своём профиле.
