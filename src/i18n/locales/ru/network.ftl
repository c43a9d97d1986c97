## Обезличенный обзор всей сети для Секретариата.

network-page-title = Сеть
network-heading = Сеть
network-lead = Ход каждого цикла и распределение опубликованных консенсусных баллов между городами. Здесь города только подсчитываются, но никогда не ранжируются и не называются.
network-cities-per-state = Города по этапам цикла
network-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
network-col-cycle = Цикл
network-col-state = Этап
network-col-cities = Города
network-col-draft = Отчёты в черновике
network-col-submitted = Представлено
network-col-returned = Возвращено
network-published-scores = Опубликованные баллы по всем городам
network-none-published = Ни один цикл пока не опубликован.
network-cycle = Цикл
network-show = Показать
network-distribution-hint = Число городов, получивших каждый консенсусный балл, по каждому показателю в цикле «{ $cycle }».
network-distribution-title = Города по консенсусному баллу (от 1 «Неудовлетворительно» до 5 «Отлично»)

network-over-time = Сеть в динамике
network-over-time-empty = Когда будут опубликованы два цикла, здесь будет показано, как менялись баллы городов от цикла к циклу.
network-over-time-hint = По всем городам каждого опубликованного цикла, начиная с самого раннего: средний консенсусный балл по каждому направлению, затем распределение баллов по каждому показателю. Только количественные данные: ни один город не называется.
network-over-time-table = Баллы по всем городам в динамике
network-over-time-caption = По каждому показателю и циклу: медианный балл, число городов и число городов, получивших каждый балл от 1 до 5
network-col-measurement = Показатель
network-median = медиана
network-cities =
    { $count ->
        [one] { $count } город
        [few] { $count } города
        [many] { $count } городов
       *[other] { $count } города
    }
